#!/usr/bin/env python3
"""Makes the binary fixtures of GreenPubLoadTests: GB18030 text, a binary file and workbooks.

Run from anywhere: python3 make_fixtures.py (needs openpyxl: pip install openpyxl).
The generated files are committed; run this again only to change them.
"""
import datetime
import os
import re
import zipfile
import xml.etree.ElementTree as ET

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))


def path(*parts):
    full = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    return full


def fixed_properties(workbook):
    workbook.properties.creator = "GreenPub fixtures"
    workbook.properties.created = datetime.datetime(2024, 1, 1)
    workbook.properties.modified = datetime.datetime(2024, 1, 1)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ET.register_namespace("", MAIN)


def move_strings_to_shared_table(target):
    """openpyxl 3.1 writes every string inline (t="inlineStr"); Excel and WPS write a shared-string
    table instead. Rewrite the first sheet of `target` that way, keeping rich-text runs."""
    with zipfile.ZipFile(target) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    sheet_name = "xl/worksheets/sheet1.xml"
    sheet = ET.fromstring(parts[sheet_name])
    table = ET.Element(f"{{{MAIN}}}sst")
    for cell in sheet.iter(f"{{{MAIN}}}c"):
        if cell.get("t") != "inlineStr":
            continue
        inline = cell.find(f"{{{MAIN}}}is")
        item = ET.SubElement(table, f"{{{MAIN}}}si")
        for child in list(inline):
            item.append(child)
        cell.remove(inline)
        cell.set("t", "s")
        ET.SubElement(cell, f"{{{MAIN}}}v").text = str(len(table) - 1)
    table.set("count", str(len(table)))
    table.set("uniqueCount", str(len(table)))
    parts[sheet_name] = ET.tostring(sheet, xml_declaration=True, encoding="UTF-8")
    parts["xl/sharedStrings.xml"] = ET.tostring(table, xml_declaration=True, encoding="UTF-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml" Id="rIdStrings" /></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = re.sub("</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>', types)
    parts["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


# --- Text: GB18030 as Excel on Chinese Windows writes it (CRLF line ends, no BOM) ---------
GB18030_2020 = (
    "单位代码,单位名称,单位类别,层级,建筑面积（万平方米）,用能人数,公务用车,新能源汽车,"
    "用电量（万千瓦时）,用水量（吨）,天然气（万立方米）,汽油（吨）,柴油（升）,光伏发电量（千瓦时）\r\n"
    "500243001,县政府办公室,党政机关,县级,1.2,350,12,2,45.6,\"12,000\",0.35,8.5,1200,0\r\n"
    "500243002,彭水第一中学,021,县级,3.5,2600,2,0,120.25,\"56,780\",1.2,1.1,0,15000\r\n"
    "500243003,县人民医院,卫生,县级,2.8,1900,6,1,210.5,\"48,000\",4.5,3,800,\r\n"
)
with open(path("projects", "valid", "content", "data", "statistics", "2020.csv"), "wb") as f:
    f.write(GB18030_2020.encode("gb18030"))
# The same bytes as a stand-alone table fixture.
with open(path("tables", "gb18030.csv"), "wb") as f:
    f.write(GB18030_2020.encode("gb18030"))

# --- A binary file with a .csv name (PNG signature and NUL bytes) -------------------------
with open(path("tables", "binary.csv"), "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")

# --- Workbook: the 2021 statistics, with shared strings and numeric cells ----------------
def statistics_2021(target):
    workbook = Workbook()
    fixed_properties(workbook)
    sheet = workbook.active
    sheet.title = "2021年"
    sheet.append(["统一社会信用代码", "单位名称", "机构类型", "层级", "建筑面积（平方米）", "用能人数（人）",
                  "车辆数", "新能源汽车", "电（千瓦时）", "水（立方米）", "天然气（立方米）", "汽油（升）",
                  "柴油（升）", "煤炭(吨)", "液化石油气（千克）", "热力（百万千焦）"])
    sheet.append(["500243001", "县政府办公室", "01", "县级", 12000, 352, 12, 3, 461000, 12150.5, 3600, 11500.25,
                  1180, 0, 0, 0])
    sheet.append(["500243002", CellRichText([TextBlock(InlineFont(b=True), "彭水"), "第一中学"]), "教育", "县级",
                  35000, 2650, 2, 1, 1250000, 57000, 12500, 1450, 0, 1.5, 120, 0])
    sheet.append(["500243003", "县人民医院", "024", "县级", 28000, 1950, 6, 2, 2150000, 49000, 46000, 4000, 780, 0, 0,
                  35.5])
    # A second sheet that must not be read.
    other = workbook.create_sheet("说明")
    other.append(["本表由彭水自治县机关事务管理中心汇总"])
    workbook.save(target)
    move_strings_to_shared_table(target)


statistics_2021(path("projects", "valid", "content", "data", "statistics", "2021.xlsx"))
statistics_2021(path("tables", "statistics-2021.xlsx"))

# --- Workbook: cell kinds -----------------------------------------------------------------
workbook = Workbook()
fixed_properties(workbook)
sheet = workbook.active
sheet.title = "cells"
sheet["A1"] = "kind"
sheet["B1"] = "value"
sheet["A2"] = "integer"
sheet["B2"] = 1234
sheet["A3"] = "decimal"
sheet["B3"] = 1234.5678
sheet["A4"] = "tenth"
sheet["B4"] = 0.1
sheet["A5"] = "small"
sheet["B5"] = 0.00001
sheet["A6"] = "rich"
sheet["B6"] = CellRichText(["年节能量", TextBlock(InlineFont(i=True), "（吨标准煤）")])
sheet["A7"] = "date"
sheet["B7"] = datetime.date(2023, 6, 30)
sheet["B7"].number_format = "yyyy/m/d"
sheet["A8"] = "boolean"
sheet["B8"] = True
sheet["A9"] = "formula"
sheet["B9"] = "=B2*2"
# Row 10 has a styled but empty cell only: a blank row.
sheet["C10"].number_format = "0.00"
sheet["A12"] = "after a gap"
sheet["C12"] = "C12"
sheet["A13"] = "big"
sheet["B13"] = 123456789012
sheet["A14"] = "negative"
sheet["B14"] = -2.5
workbook.save(path("tables", "cells.xlsx"))

# --- Workbook written by hand: what other producers (WPS, libraries) do --------------------
# Inline strings, cells without references, a prefixed namespace, absolute relationship
# targets, a hidden first sheet, the 1904 date system, phonetic runs in shared strings.
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/worksheets/hidden.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="1"/>
<x:sheets>
<x:sheet name="hidden" sheetId="1" state="hidden" r:id="rId7"/>
<x:sheet name="data" sheetId="2" r:id="rId8"/>
</x:sheets>
</x:workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/hidden.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/../worksheets/data.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<x:si><x:t>单位名称</x:t><x:rPh sb="0" eb="2"><x:t>たんい</x:t></x:rPh></x:si>
<x:si><x:r><x:t xml:space="preserve">县 </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>医院</x:t></x:r></x:si>
</x:sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts>
<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>
<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="2"/></x:cellXfs>
</x:styleSheet>"""
HIDDEN = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>hidden sheet</x:t></x:is></x:c></x:row>
</x:sheetData></x:worksheet>"""
DATA = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>完成</x:t></x:r><x:r><x:t>日期</x:t></x:r></x:is></x:c><x:c t="str"><x:f>A2</x:f><x:v>公式</x:v></x:c></x:row>
<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>43645</x:v></x:c><x:c s="2"><x:v>2.50</x:v></x:c></x:row>
<x:row r="4"><x:c r="B4" t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
</x:sheetData></x:worksheet>"""


def write_handmade(target, data_sheet):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/strings.xml", STRINGS), ("xl/styles.xml", STYLES),
                           ("xl/worksheets/hidden.xml", HIDDEN), ("xl/worksheets/data.xml", data_sheet)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


write_handmade(path("tables", "handmade.xlsx"), DATA)
# The same workbook with its sheet cut short, as a damaged download would be.
write_handmade(path("tables", "truncated-sheet.xlsx"), DATA[:DATA.index("</x:row>\n<x:row r=\"4\">")])

# --- The invalid project: a year in two formats ---------------------------------------------
statistics_2021(path("projects", "invalid-files", "content", "data", "statistics", "2021.xlsx"))

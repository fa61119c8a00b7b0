#!/usr/bin/env python3
"""Makes registers/energy.xlsx: a register as staff keep it in Excel, with Chinese headers,
units, date-formatted cells (one with a time of day) and numbers.

Run from anywhere: python3 make_register_workbook.py (needs openpyxl). The workbook is
committed; run this again only to change it.
"""
import datetime
import os

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))

workbook = Workbook()
workbook.properties.creator = "GreenPub fixtures"
workbook.properties.created = datetime.datetime(2024, 1, 1)
workbook.properties.modified = datetime.datetime(2024, 1, 1)
sheet = workbook.active
sheet.title = "光伏与热泵"
sheet.append(["编号", "类型", "单位代码", "项目名称", "状态", "开始日期", "完成日期", "装机容量（千瓦）", "投资（万元）"])
sheet.append(["EN-001", "光伏", "PSE001", "汉葭中学屋顶分布式光伏示范试点", "已完成",
              datetime.date(2023, 1, 10), datetime.datetime(2023, 4, 28, 16, 30), 120, 54.5])
sheet.append(["EN-010", "空气源热泵", "PSE005", "实验小学空气源热泵热水系统", "实施中",
              datetime.date(2025, 5, 10), "2025年8月20日", 60, None])
for row in sheet.iter_rows(min_row=2, min_col=6, max_col=7):
    for cell in row:
        if isinstance(cell.value, (datetime.date, datetime.datetime)):
            cell.number_format = "yyyy-mm-dd"
workbook.save(os.path.join(HERE, "energy.xlsx"))

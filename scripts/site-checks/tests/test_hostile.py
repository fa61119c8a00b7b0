import shutil
import tempfile
import unittest
from pathlib import Path

from .support import PROJECT, UNESCAPED_SITE, joined
from sitechecks import hostile


class MarkupTests(unittest.TestCase):
    def test_unescaped_hostile_input_is_found(self):
        count, problems = hostile.markup_problems(UNESCAPED_SITE, "fx")
        text = joined(problems)
        self.assertEqual(count, 1)
        self.assertIn("fx/index.html:8:1: <script> element", text)
        self.assertIn("event-handler attribute onerror", text)
        self.assertIn("injected <img src=x>", text)
        self.assertIn("script URL in href=' JaVaScript:alert(1)'", text)
        self.assertIn("event-handler attribute onload='alert(1)' on <svg>", text)

    def test_text_is_found_only_where_escaped(self):
        self.assertEqual(hostile.pages_with_text(UNESCAPED_SITE, "<script>alert(1)</script>单位"), ["index.html"])
        self.assertEqual(hostile.pages_with_text(UNESCAPED_SITE, hostile.PAGE_TITLE), [])


class InjectionTests(unittest.TestCase):
    def setUp(self):
        self.root = Path(tempfile.mkdtemp(prefix="site-checks-test-"))
        self.project = self.root / "project"
        (self.project / "templates").mkdir(parents=True)
        (self.project / "content" / "data" / "statistics").mkdir(parents=True)
        (self.project / "content" / "data" / "registers").mkdir(parents=True)

    def tearDown(self):
        shutil.rmtree(self.root)

    def test_values_go_into_the_latest_year_and_every_register_as_quoted_csv(self):
        stats = self.project / "content" / "data" / "statistics"
        (stats / "2023.csv").write_text("id,name\nA,甲\n", encoding="utf-8")
        (stats / "2024.csv").write_bytes("单位代码,单位名称,用电量(万千瓦时)\r\nA,甲单位,\"1,234.5\"\r\n".encode("gb18030"))
        registers = self.project / "content" / "data" / "registers"
        (registers / "projects.csv").write_bytes("\ufeff编号,项目名称\nP1,\nP2,照明改造\n".encode("utf-8"))
        copy = self.root / "copy"
        injections, absent, problems = hostile.prepare(self.project, copy)
        self.assertEqual((absent, problems), ([], []))
        self.assertEqual([(i.file, i.where) for i in injections],
                         [("content/data/statistics/2024.csv", "row 2, column '单位名称'"),
                          ("content/data/registers/projects.csv", "row 3, column '项目名称'")])
        latest = (copy / "content/data/statistics/2024.csv").read_bytes().decode("gb18030")
        self.assertEqual(latest, '单位代码,单位名称,用电量(万千瓦时)\r\nA,"<script>alert(1)</script>单位, ""><img src=x '
                                 'onerror=alert(1)>","1,234.5"\r\n')
        self.assertEqual((copy / "content/data/statistics/2023.csv").read_text(encoding="utf-8"), "id,name\nA,甲\n")
        register = (copy / "content/data/registers/projects.csv").read_bytes()
        self.assertTrue(register.startswith(b"\xef\xbb\xbf"))
        self.assertIn('P2,"""><img src=x onerror=alert(1)>改造, <script>alert(1)</script>"\n', register.decode("utf-8-sig"))
        page = (copy / "content" / f"{hostile.PAGE_NAME}.md").read_text(encoding="utf-8")
        self.assertIn("<script>alert(1)</script>", page)
        self.assertIn("[x](javascript:alert(1))", page)
        self.assertIn(f"title: '{hostile.PAGE_TITLE}'", page)

    def test_missing_data_files_are_said_loudly(self):
        copy = self.root / "copy"
        injections, absent, problems = hostile.prepare(self.project, copy)
        self.assertEqual(injections, [])
        self.assertEqual([what for what, _ in absent], ["institution names", "register titles"])
        self.assertIn("ABSENT", joined(reason for _, reason in absent))

    def test_a_statistics_file_without_a_name_column_is_a_problem(self):
        (self.project / "content/data/statistics/2024.csv").write_text("id,area_m2\nA,1\n", encoding="utf-8")
        _, _, problems = hostile.prepare(self.project, self.root / "copy")
        self.assertIn("has no column name", joined(problems))

    def test_sample_project_copy_keeps_content_and_templates(self):
        copy = self.root / "copy"
        hostile.prepare(PROJECT, copy)
        self.assertTrue((copy / "content" / "index.md").is_file())
        self.assertTrue((copy / "templates" / "layout.mustache").is_file())


if __name__ == "__main__":
    unittest.main()

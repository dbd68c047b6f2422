"""The raw-text importer on each seed, as handed to us, and on the rules' edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.__main__ import main
from build_scripts.content.import_raw import convert, is_heading

SEEDS = Path(__file__).parent / "seeds"


def seed(stem: str) -> str:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


def test_seed_000_has_no_headline_and_keeps_its_four_headings() -> None:
    result = convert(seed("000_ffc79e49b2f95ed5"))
    assert result.title is None and result.deck is None
    assert result.headings == (
        "مشاورات حول الضمانا الأمنية",
        "تحذير روسي",
        "تطورات ميدانية",
        'إعادة تعريف "الردع"',
    )
    assert result.body.startswith("قال خبراء فرنسيون إن اجتماع")
    assert result.removed == ()


def test_seed_001_drops_the_share_widget() -> None:
    result = convert(seed("001_f9884290b1ca4a21"))
    assert result.removed == ("شاركها.",)
    assert "شاركها" not in result.body
    assert result.headings[0] == "الضغط من أجل قوة متعددة الجنسيات لضمان الأمن"
    assert len(result.headings) == 3


def test_seed_002_title_headings_and_trailing_timestamp() -> None:
    result = convert(seed("002_07af907ca5be79d4"))
    assert result.title == 'الناتو يبحث ضمانات أمنية لأوكرانيا في "مناقشة صريحة"'
    assert result.deck is None
    assert "## الموقف الروسي: لا تسوية من دون موسكو" in result.body
    assert result.removed == ("Yesterday",)
    assert not result.body.rstrip().endswith("Yesterday")
    # a quoted follow-up line is a paragraph, not a heading
    assert '\n\nوأضاف: "لم نرَ سوى تصعيد' in result.body


def test_seed_003_block_quotes_and_colon_lines_are_not_headings() -> None:
    result = convert(seed("003_89129ecc895c0a0f"))
    assert result.title.startswith("قمة أوروبية في فرنسا")
    assert "> “تحدثت مع الأمين العام الجديد" in result.body
    assert "> “من المهم أن نكون مثمرين" in result.body
    assert "\n\nوأضاف زيلينسكي:\n\n" in result.body
    assert "## وأضاف زيلينسكي:" not in result.body
    assert "## تعزيز الدفاع الجوي على رأس الأولويات" in result.body


def test_seed_004_title_and_deck_are_kept_apart() -> None:
    result = convert(seed("004_b6c7a71899e1e0e6"))
    assert result.title == "قمة باريس: “تحالف الراغبين” يضع اللمسات الأخيرة على ضمانات أمنية قوية لأوكرانيا"
    assert result.deck == "ماكرون يقود المشاورات وزيلينسكي يتلقى دعمًا متجددًا في مواجهة موسكو"
    assert result.deck not in result.body and result.title not in result.body
    assert len(result.headings) == 6
    # a long "Country: statement." line stays a paragraph
    assert "\n\nأيرلندا: رئيس الوزراء ميشيل مارتن" in result.body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تحذير روسي", True),
        ("بريطانيا: بوتين لا يُوثق به", True),
        ("وأضاف زيلينسكي:", False),
        ("قال ترامب إن الحرب ستنتهي.", False),
        ("> “اقتباس”", False),
        ("", False),
    ],
)
def test_heading_rule(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_body_paragraphs_are_separated_by_blank_lines() -> None:
    body = convert("عنوان قصير\nفقرة أولى طويلة بما يكفي لتكون فقرة حقيقية في المقال.\nفقرة ثانية.").body
    assert body == "فقرة أولى طويلة بما يكفي لتكون فقرة حقيقية في المقال.\n\nفقرة ثانية.\n"


def test_import_command_writes_a_content_file_and_never_overwrites(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = SEEDS / "002_07af907ca5be79d4.txt"
    args = ["--root", str(repo), "import", str(raw), "--date", "2025-08-21", "--slug", "nato-again"]
    assert main(args) == 0
    target = repo / "content/articles/2025-08-21-nato-again.ar.md"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: ")
    assert "date: '2025-08-21'" in text
    before = target.read_bytes()
    assert main(args) == 2
    assert "already exists; nothing was overwritten" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_import_without_headline_warns(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = SEEDS / "000_ffc79e49b2f95ed5.txt"
    assert main(["--root", str(repo), "import", str(raw), "--date", "2025-08-20", "--slug", "no-title"]) == 0
    err = capsys.readouterr().err
    assert "content/articles/2025-08-20-no-title.ar.md:2: warning: no headline found" in err


def test_new_without_a_terminal_needs_date_and_slug(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = SEEDS / "002_07af907ca5be79d4.txt"
    assert main(["--root", str(repo), "new", str(raw), "--date", "2025-08-21"]) == 2
    assert "--slug required" in capsys.readouterr().err
    assert main(["--root", str(repo), "new", str(raw), "--date", "2025-08-21", "--slug", "scaffolded"]) == 0
    assert (repo / "content/articles/2025-08-21-scaffolded.ar.md").exists()

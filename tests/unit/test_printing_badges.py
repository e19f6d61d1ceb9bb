"""A batch of badges, as the door volunteers will scan them: every QR decodes and checks in."""

import subprocess

import pytest

from carekit.printing.badges import Cancelled, render_badges
from carekit.printing.layouts import all_layouts, get_layout
from carekit.security.tokens import verify_token
from carekit.services import badges
from carekit.services.checkin import CHECKED_IN, check_in
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.errors import NotFound, ValidationError
from sqlalchemy import select

from carekit.domain.tables import Site


@pytest.fixture
def morning(ws):
    people = [PersonInput(name=n, phone=f"+86138001{i:05d}", staff_id=f"E{i:05d}",
                          category=("worker", "family", "guest", "staff")[i % 4])
              for i, n in enumerate(["张伟", "Nguyễn Thị Hương", "𠀾𪚥林", "阿卜杜拉·艾力", "João Conceição"] * 10)]
    with ws.writing() as journal:
        site_id = journal.session.execute(select(Site.id)).scalar()
        register_people(journal, current_event(journal.session), people[:40], source="roster.xlsx", site_id=site_id)
        register_people(journal, current_event(journal.session), people[40:], source="walk-in")
    return ws


def decode_labels(pdf: bytes, layout, tmp_path) -> list[list[str]]:
    """What zbar reads from each label of a 150 dpi render, page by page.

    Each label is cut out of the page image first: a scanner sees one badge at a time, and zbar
    reading a whole 3×8 sheet at once misses about one code in 24 (each label alone always reads).
    """
    from PIL import Image
    path = tmp_path / "badges.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True)
    scale = 150 / 72
    width, height = layout.label_size
    pages = []
    for png in sorted(tmp_path.glob("page-*.png")):
        image = Image.open(png)
        found = []
        for slot in range(layout.per_page):
            x, y = layout.slot_origin(slot)
            crop = tmp_path / "label.png"
            image.crop((int(x * scale), int(image.height - (y + height) * scale),
                        int((x + width) * scale), int(image.height - y * scale))).save(crop)
            out = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(crop)],
                                 capture_output=True, text=True).stdout
            found.append(out.strip())
        pages.append(found)
    return pages


@pytest.mark.parametrize("layout_name", sorted(all_layouts()))
def test_every_badge_of_a_three_page_batch_decodes_and_checks_in(morning, tmp_path, layout_name):
    layout = get_layout(layout_name)
    chosen = badges.select_badges(morning)[: 2 * layout.per_page + 1]
    assert len(chosen) == 2 * layout.per_page + 1
    result = render_badges([b for _, b in chosen], layout)
    assert result.pages == 3
    decoded = [token for page in decode_labels(result.pdf, layout, tmp_path) for token in page]
    assert decoded[:len(chosen)] == [b.token for _, b in chosen]
    assert set(decoded[len(chosen):]) <= {""}  # the empty labels of the last page
    with morning.db.session() as session:
        event = current_event(session)
    for (registration_id, badge) in chosen:
        assert verify_token(event.id, event.badge_key, badge.token).registration_id == registration_id
    assert check_in(morning, chosen[0][1].token).outcome == CHECKED_IN


def test_the_desk_prints_one_badge_and_marks_it_printed(morning):
    registration_id, badge = badges.select_badges(morning)[0]
    batch = badges.badge_for(morning, registration_id, "cr80")
    assert batch.registration_ids == [registration_id] and batch.pdf.startswith(b"%PDF")
    assert badges.mark_printed(morning, [registration_id]) == 1
    remaining = badges.select_badges(morning, badges.BadgeFilter(not_printed=True))
    assert registration_id not in {rid for rid, _ in remaining} and len(remaining) == 49


def test_filters_pick_by_category_and_site(morning):
    guests = badges.select_badges(morning, badges.BadgeFilter(category="guest"))
    assert len(guests) == 12 and {b.category for _, b in guests} == {"guest"}
    assert len(badges.select_badges(morning, badges.BadgeFilter(site_id="深圳"))) == 40
    with pytest.raises(NotFound):
        badges.select_badges(morning, badges.BadgeFilter(site_id="Atlantis"))


def test_an_unknown_layout_is_refused(morning):
    with pytest.raises(ValidationError) as error:
        badges.render_batch(morning, layout="a5-9x9")
    assert error.value.reason == "bad_layout"


def test_a_big_batch_uses_two_processes_and_can_be_cancelled(morning):
    data = [b for _, b in badges.select_badges(morning)] * 12  # 600 badges: above the parallel threshold
    seen = []
    result = render_badges(data, get_layout("a4-3x8"), workers=2, progress=lambda d, t: seen.append(d) or True)
    assert result.count == 600 and result.pages == 25 and seen[-1] == 600
    with pytest.raises(Cancelled):
        render_badges(data, get_layout("a4-3x8"), workers=2, progress=lambda d, t: d < 200)


def test_badges_are_small(morning):
    data = [b for _, b in badges.select_badges(morning)] * 8
    result = render_badges(data, get_layout("a4-2x4"))
    assert len(result.pdf) / len(data) < 2048

import pytest
from sco_etl.parse.dates import AmbiguousDay, date_line, read_date, told_day


@pytest.mark.parametrize("line, iso, label", [
    ("2024-07-06 18:54:00", "2024-07-06", None),
    ("2024.07.05 16:10 GMT+8", "2024-07-05", None),
    ("Updated 2024.07.05 16:10 GMT+8", "2024-07-05", "updated"),
    ("Published: 5 July 2024", "2024-07-05", "published"),
    ("Updated: Jul. 5, 2024", "2024-07-05", "updated"),
    ("July 5, 2024", "2024-07-05", None),
    ("Posted on Sept. 3, 2024 at 10:15 a.m.", "2024-09-03", "posted"),
    ("12th March 2023", "2023-03-12", None),
    ("Feb 29, 2024", "2024-02-29", None),
    ("1 DECEMBER 2025", "2025-12-01", None),
    ("Sat 30 Aug 2025 09.15 BST", "2025-08-30", None),
    ("Published on Friday, July 5, 2024", "2024-07-05", "published"),
    # figures with the year last: dotted is day first; slashed, the number over 12 tells
    ("02.08.2025 14:17", "2025-08-02", None),
    ("Date: 15/07/2025 16:40 GMT", "2025-07-15", "date"),
    ("07/15/2025", "2025-07-15", None),
    ("15-07-2025", "2025-07-15", None),
    # the outlet in brackets before the hour
    ("(Steppe Daily Online) 10:22, July 05, 2024", "2024-07-05", None),
    # a full stop between the year and the hour; no space after the month's comma
    ("09th Mar, 2024. 07:40 pm", "2024-03-09", None),
    ("Last Updated On 21 November,2025 11:05 am", "2025-11-21", "last updated"),
    # a second stamp, when it was modified, after the date
    ("Posted on : 2025-03-04 10:20 KST Modified on : 2025-03-04 11:02 KST", "2025-03-04", "posted"),
])
def test_date_lines(line, iso, label):
    found = date_line(line)
    assert found is not None
    assert (found[0].iso, found[1]) == (iso, label)


@pytest.mark.parametrize("line", [
    "Scope for peace - 2024-08-27",     # a date, but not only a date
    "04-16 | 21315227 | Processing |",  # a widget row
    "2024-13-45",                       # no such month
    "31 February 2023",                 # no such day
    "Feb. 29, 2023",                    # not a leap year
    "The summit opened on July 4, 2024 in Astana.",
    "31.02.2025",                       # no such day
])
def test_not_date_lines(line):
    assert date_line(line) is None


def test_read_date_finds_the_first_date_in_text():
    assert read_date("Scope for peace - 2024-08-27").iso == "2024-08-27"
    assert read_date("no date here") is None


@pytest.mark.parametrize("line", ["Published Time: 2025-09-02T08:15:00+05:00", "2025-09-02T08:15:00Z",
                                  "Published: 2025-09-02T08:15:00.000Z"])
def test_iso_8601_timestamps_are_dates(line):
    assert date_line(line)[0].iso == "2025-09-02"


def test_a_day_and_month_without_a_year_take_the_articles_year():
    from sco_etl.model import DateValue
    from sco_etl.parse.dates import TEXT_DATE, resolve_text_date

    published = DateValue("2025-10-10")

    def resolved(phrase, future=False):
        match = TEXT_DATE.search(phrase)
        return resolve_text_date(match, published, future).iso

    assert resolved("admitted on 1 September") == "2025-09-01"
    assert resolved("the talks on November 3") == "2024-11-03"  # after publication: the year before
    assert resolved("will meet on 3 November", future=True) == "2025-11-03"
    assert resolved("signed on 1 September 2019") == "2019-09-01"
    assert TEXT_DATE.search("it may 5 times") is None  # a verb, not May


def test_a_datelines_year_comes_from_its_weekday_and_the_last_year_the_text_names():
    from sco_etl.parse.dates import year_of_dateline

    opening = "Ministers will meet in July, the deputy minister told reporters on Friday."
    # 14 March: a Thursday in 2024, a Friday in 2025
    assert year_of_dateline("March 14", opening, "... joined in 2017 ... became a member in 2024 ...").iso == "2025-03-14"
    # a year in the future ("will chair in 2026", "by 2030") says nothing of the present
    assert year_of_dateline("March 14", opening, "... in 2024 ... will chair it in 2026 ... by 2030 ...").iso == \
        "2025-03-14"
    assert year_of_dateline("March 14", "Ministers met, officials said.", "... in 2024 ...") is None  # no weekday
    assert year_of_dateline("March 14", opening, "... in 2019 ...") is None  # a Thursday in 2019, a Saturday in 2020
    assert year_of_dateline("March 14", opening, "no year at all") is None


def test_a_day_without_a_year_in_an_article_dated_by_its_month_is_in_that_month():
    from sco_etl.model import DateValue
    from sco_etl.parse.dates import TEXT_DATE, resolve_text_date

    told = TEXT_DATE.search("On 21 March, the council met.")
    assert resolve_text_date(told, DateValue("2026-03")).iso == "2026-03-21"
    assert resolve_text_date(told, DateValue("2026-03"), future=True).iso == "2026-03-21"
    # a later month is still last year's when the change has happened
    later = TEXT_DATE.search("On 2 May, the council met.")
    assert resolve_text_date(later, DateValue("2026-03")).iso == "2025-05-02"


@pytest.mark.parametrize("phrase, iso", [
    ("Tonga became a partner at the start of the year.", "2026-01"),
    ("The treaty is due to take effect by the end of next year.", "2027"),
    ("Fiji left at the beginning of last year.", "2025-01"),
])
def test_the_start_of_a_year_is_its_january_and_its_end_the_year(phrase, iso):
    from sco_etl.model import DateValue
    from sco_etl.parse.dates import TEXT_DATE, resolve_text_date

    assert resolve_text_date(TEXT_DATE.search(phrase), DateValue("2026-03-10")).iso == iso


@pytest.mark.parametrize("phrase, iso", [
    ("Tonga joined in July last year.", "2025-07"),
    ("Fiji has been a partner since March this year.", "2026-03"),
    ("Samoa takes the chair in June of next year.", "2027-06"),
    ("Tonga and Fiji became members on January 1 last year.", "2025-01-01"),
    ("The treaty was signed half a century ago today.", "1976-03-10"),
    ("The forum was founded a quarter of a century ago.", "2001"),
    ("Tonga joined on 14 March this year.", "2026-03-14"),
    # counts in words with a hyphen, and the teens
    ("Twenty-five years ago today, the treaty was signed.", "2001-03-10"),
    ("The bank opened thirty-one years ago.", "1995"),
    ("Fiji applied eleven months ago.", "2025-04"),
])
def test_a_month_of_a_year_named_by_its_distance(phrase, iso):
    from sco_etl.model import DateValue
    from sco_etl.parse.dates import TEXT_DATE, resolve_text_date

    assert resolve_text_date(TEXT_DATE.search(phrase), DateValue("2026-03-10")).iso == iso


@pytest.mark.parametrize("phrase, published, iso", [
    ("Fiji and Tonga both lodged bids this summer.", "2024-10-25", "2024"),
    ("Fiji applied last summer.", "2024-10-25", "2024"),  # the summer just over
    ("Fiji applied last summer.", "2024-05-02", "2023"),  # this year's is still to come
    ("Tonga will take the chair next spring.", "2024-10-25", "2025"),
    ("Tonga will take the chair next spring.", "2024-01-10", "2024"),
])
def test_a_season_named_by_its_distance_is_its_year(phrase, published, iso):
    from sco_etl.model import DateValue
    from sco_etl.parse.dates import TEXT_DATE, resolve_text_date

    assert resolve_text_date(TEXT_DATE.search(phrase), DateValue(published)).iso == iso


@pytest.mark.parametrize("phrase", ['adopted the "Suva Vision 2030" at the summit', "the bloc's Agenda 2063 goals"])
def test_a_year_in_a_plans_name_is_no_date(phrase):
    from sco_etl.parse.dates import TEXT_DATE

    assert TEXT_DATE.search(phrase) is None


def test_the_end_of_this_years_summit_is_no_date_of_the_year():
    from sco_etl.parse.dates import TEXT_DATE
    assert all(match.group("year_part") is None
               for match in TEXT_DATE.finditer("Tonga takes over at the end of this year's summit."))


def test_a_slashed_date_of_either_order_is_a_date_line_that_holds_both_readings():
    found = date_line("02/08/2025 - 13:05")
    assert isinstance(found[0], AmbiguousDay)
    assert (found[0].iso, found[0].month_first) == ("2025-08-02", "2025-02-08")
    assert read_date("02/08/2025") is None  # (never guessed where only the figures are read)
    assert date_line("07/07/2025")[0].iso == "2025-07-07"  # the same day in either order


@pytest.mark.parametrize("text, iso", [
    ("Ministers gathered in Apia on August 1 for the annual forum.", "2025-08-02"),  # day first
    ("The talks of 3 February ended without a communique.", "2025-02-08"),  # month first
    ("Ministers met on August 1 and again on February 6.", None),  # both readings fit
    ("Ministers met in the spring.", None),  # neither
    ("Ministers had met on July 20.", None),  # more than a week before either
])
def test_the_reading_of_an_ambiguous_date_is_the_one_a_day_the_text_names_comes_just_before(text, iso):
    found = told_day(date_line("02/08/2025")[0], text)
    assert (found.iso if found else None) == iso

"""SH01-SH03 on small built sets: plants that must fire, with their metrics, and clean twins."""
import datetime as dt
import random

from gapscan.model import Kind
from gapscan.rules.base import Context
from gapscan.rules.sh import SH01, SH02, SH03, feed_health, feed_kind
from recbuild import profile, record_doc, table, text_doc
from shbuild import context

AUDIT = dt.date(2025, 6, 12)


def _log(path, dates, extra_header=("Description", "Raised by")):
    rows = [(d, f"entry {i} on the line", ["Ann Lee", "Bo Chan", "Cy Park"][i % 3]) for i, d in enumerate(dates)]
    tbl = table(("Date",) + tuple(extra_header), rows)
    prof = profile(path, tbl, {"Date": "date", "Raised by": "person"}, entry="Date")
    return record_doc(path, tbl), prof


def _steady(rng, start, end, per_week):
    out, d = [], start
    while d <= end:
        if rng.random() < per_week / 7:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


# ------------------------------------------------------------------ SH01

def test_sh01_fires_on_entries_bunched_before_the_audit():
    rng = random.Random(11)
    dates = _steady(rng, dt.date(2025, 1, 6), dt.date(2025, 12, 19), per_week=1)
    dates += [AUDIT - dt.timedelta(days=rng.randint(0, 20)) for _ in range(30)]
    spiky = _log("records/housekeeping_checks.xlsx", sorted(dates))
    steady = _log("records/press_checks.xlsx", _steady(rng, dt.date(2025, 1, 6), dt.date(2025, 12, 19), 5))
    found = list(SH01.check(context(spiky, steady, audit_dates=[AUDIT], inferred=True)))
    assert [f.path for f in found] == ["records/housekeeping_checks.xlsx"]
    m = found[0].metrics
    assert m["audit_date"] == "2025-06-12"
    assert m["window_days"] == 21
    assert m["entries_in_window"] >= 30
    assert m["expected_in_window"] < 5
    assert m["lift"] > 5
    assert m["audit_dates_inferred"] is True
    assert "inferred" in found[0].message
    chart = m["chart"]
    assert len(chart["labels"]) == len(chart["values"]) == 12
    assert len(chart["marks"]) == 3 and set(chart["marks"]) <= set(chart["labels"])
    # the window weeks hold the bulk of the chart's entries
    window = sum(v for lab, v in zip(chart["labels"], chart["values"]) if lab in chart["marks"])
    assert window >= 30
    assert found[0].location.sheet == "Sheet1" and found[0].location.cell.startswith("A")


def test_sh01_silent_without_audit_dates_or_with_few_entries():
    rng = random.Random(2)
    dates = [AUDIT - dt.timedelta(days=rng.randint(0, 20)) for _ in range(10)] + [dt.date(2025, 1, 10)]
    small = _log("records/small.xlsx", sorted(dates))
    assert list(SH01.check(context(small, audit_dates=[AUDIT]))) == []
    big = _log("records/big.xlsx", sorted(dates * 5))
    assert list(SH01.check(context(big))) == []


def test_sh01_steady_log_with_several_audits_is_clean():
    rng = random.Random(4)
    dates = _steady(rng, dt.date(2024, 1, 1), dt.date(2025, 12, 31), per_week=4)
    log = _log("records/daily.xlsx", dates)
    assert list(SH01.check(context(log, audit_dates=[dt.date(2024, 5, 20), AUDIT, dt.date(2025, 11, 3)]))) == []


# ------------------------------------------------------------------ SH02

def test_feed_kind_from_name_title_and_headers():
    assert feed_kind("hs/Near_Miss_Reports.xlsx", None) == "near miss"
    assert feed_kind("q/ncr-log.csv", None) == "nonconformity"
    assert feed_kind("q/register.xlsx", "Customer complaints 2025") == "complaint"
    assert feed_kind("q/ideas board.xlsx", None) == "improvement"
    assert feed_kind("q/data.xlsx", None, ["Incident date", "Incident type", "Location"]) == "incident"
    assert feed_kind("prod/press_checks.xlsx", None, ["Date", "Press", "OK"]) is None


def test_sh02_stopped_feed_relative_to_newest_date_in_set():
    rng = random.Random(8)
    stopped = _log("hs/near_miss_log.xlsx", _steady(rng, dt.date(2025, 1, 2), dt.date(2025, 6, 30), 2))
    # another record carries the set to the end of the year
    other = _log("prod/press_checks.xlsx", _steady(rng, dt.date(2025, 1, 2), dt.date(2025, 12, 18), 5))
    found = list(SH02.check(context(stopped, other)))
    assert [f.path for f in found] == ["hs/near_miss_log.xlsx"]
    m = found[0].metrics
    assert m["status"] == "stopped"
    assert m["feed"] == "near miss"
    assert m["newest_in_set"] == "2025-12-18"
    assert m["days_silent"] >= 160
    assert m["last_entry"] <= "2025-06-30"
    months = [x["month"] for x in m["monthly"]]
    assert months[0] == "2025-01" and months[-1] == "2025-12"
    assert [x["count"] for x in m["monthly"]][-5:] == [0, 0, 0, 0, 0]
    assert m["chart"]["values"] == [x["count"] for x in m["monthly"]]


def test_sh02_declining_feed():
    rng = random.Random(9)
    dates = []
    for month in range(1, 13):
        per_month = max(1, 16 - month * 1.3)
        for _ in range(int(per_month)):
            dates.append(dt.date(2025, month, rng.randint(1, 28)))
    dates.append(dt.date(2025, 12, 27))
    log = _log("q/improvement_suggestions.xlsx", sorted(dates))
    [f] = SH02.check(context(log))
    assert f.metrics["status"] == "declining"
    assert f.metrics["trend"] == "falling"
    assert f.metrics["trend_p"] < 0.05
    assert f.metrics["slope"] < 0
    assert f.metrics["recent_per_month"] <= 0.5 * f.metrics["earlier_per_month"]


def test_sh02_steady_and_seasonal_feeds_are_healthy():
    rng = random.Random(10)
    steady = _log("q/ncr_log.xlsx", _steady(rng, dt.date(2025, 1, 1), dt.date(2025, 12, 20), 3))
    seasonal_dates = []
    for month, n in zip(range(1, 13), [3, 4, 6, 9, 12, 12, 11, 9, 6, 4, 3, 4]):
        seasonal_dates += [dt.date(2025, month, rng.randint(1, 28)) for _ in range(n)]
    seasonal_dates.append(dt.date(2025, 12, 19))
    seasonal = _log("hs/incident_log.xlsx", sorted(seasonal_dates))
    assert list(SH02.check(context(steady, seasonal))) == []


def test_sh02_sparse_but_regular_feed_is_not_stopped():
    # a complaint every ~80 days; 100 days of silence is normal for it
    dates = [dt.date(2024, 1, 10) + dt.timedelta(days=80 * i) for i in range(9)]
    newest = dates[-1] + dt.timedelta(days=100)
    assert feed_health(dates, newest)["status"] == "healthy"


# ------------------------------------------------------------------ SH03

PAPERWORK_REVIEW = [
    "The surveillance audit raised two minor nonconformities and three observations.",
    "Eleven actions from the previous review are still open and four are overdue.",
    "The quality manual was reissued at revision 7 and the document register was updated.",
    "The certificate is due for renewal and the certification body visit is booked.",
    "The training matrix was reviewed and two training records are missing signatures.",
    "Internal audit schedule: three audits are behind plan.",
    "Action: QM to close out the open audit findings by 30/06.",
    "The quality policy was reviewed and remains suitable.",
    "Customer complaints were noted.",
]
BUSINESS_REVIEW = [
    "Gross margin on the hinge range fell to 18% because the steel price rose again in March.",
    "Scrap on press line 2 was 4.1% against a 2% target; the die wear problem is recurring.",
    "On-time delivery to Kessler dropped to 81% and they escalated twice.",
    "Overtime is running at 14% because two setters left and recruitment is slow.",
    "It was agreed to buy a second die set; owner: Ops Manager, by 15/07.",
    "The surveillance audit raised one minor finding about calibration labels.",
    "Cost of poor quality was 92k for the half year, mostly rework on the paint line.",
    "Three customer complaints about scratches came from the same packing fault.",
]


def test_sh03_fires_on_a_paperwork_review():
    review = text_doc("mr/management_review_2025.docx", PAPERWORK_REVIEW, kind=Kind.REVIEW)
    [f] = SH03.check(Context(documents=(review,)))
    m = f.metrics
    assert m["paperwork_share"] >= 0.8
    assert m["topical_sentences"] >= 8
    assert "margin" in m["missing_business_topics"] and "throughput" in m["missing_business_topics"]
    assert "customers" not in m["missing_business_topics"]
    assert m["decisions"] >= 1 and m["decisions_on_business"] == 0
    assert m["by_topic"]["audit findings"] >= 2
    assert f.location.line is not None
    assert "never discusses" in f.message


def test_sh03_business_review_is_clean():
    review = text_doc("mr/management_review_2025.docx", BUSINESS_REVIEW, kind=Kind.REVIEW)
    assert list(SH03.check(Context(documents=(review,)))) == []


def test_sh03_too_little_text_to_judge():
    review = text_doc("mr/mr.docx", PAPERWORK_REVIEW[:2], kind=Kind.REVIEW)
    assert list(SH03.check(Context(documents=(review,)))) == []


def test_sh03_quotes_the_field_of_a_metadata_block_not_the_block():
    # a header block reads as one sentence; it is about paperwork only through its certificate field
    block = "Site: Leeds plant | Venue: Board room | Period: Q2 2025 | Certificate: renewal due in August 2025"
    review = text_doc("mr/management_review_2025.docx", [block] + PAPERWORK_REVIEW, kind=Kind.REVIEW)
    [f] = SH03.check(Context(documents=(review,)))
    first = f.evidence[0].text
    assert first == "[certificate] Certificate: renewal due in August 2025"
    # a plain sentence is still quoted whole
    assert f.evidence[1].text.endswith("] " + PAPERWORK_REVIEW[0])

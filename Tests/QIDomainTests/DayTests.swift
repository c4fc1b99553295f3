import QIDomain
import Testing

/// Calendar/Day.swift: ISO dates, impossible dates, weekdays, month arithmetic, GOV.UK-style long dates.
@Suite struct DayTests {
    static func day(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Day {
        guard let parsed = Day(iso: text) else {
            Issue.record("not a date: \(text)", sourceLocation: sourceLocation)
            return Day(daysSinceEpoch: 0)
        }
        return parsed
    }

    @Test func isoParsingReadsYearMonthAndDay() {
        let parsed = Day(iso: "2026-03-14")
        #expect(parsed?.components.year == 2026)
        #expect(parsed?.components.month == 3)
        #expect(parsed?.components.day == 14)
        #expect(parsed?.description == "2026-03-14")
        #expect(Day(iso: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day(iso: "1970-01-02")?.daysSinceEpoch == 1)
        #expect(Day(iso: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(Day(iso: "2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(Day(iso: Substring("x2026-03-14x").dropFirst().dropLast()) == Day(iso: "2026-03-14"))
    }

    @Test func isoParsingRejectsOtherShapes() {
        for text in [
            "2026-3-14", "2026-03-4", "26-03-14", "2026/03/14", "2026-03-14 ", " 2026-03-14", "2026-03-1a", "+026-03-14", "", "14-03-2026",
            "2026-03-140",
        ] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        #expect(Day.looksLikeDate("2026-02-30"))
        #expect(!Day.looksLikeDate("2026-2-30"))
    }

    @Test func impossibleDatesAreNil() {
        #expect(Day(iso: "2026-02-30") == nil)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(iso: "2026-04-31") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "2026-00-10") == nil)
        #expect(Day(iso: "2026-01-00") == nil)
        #expect(Day(iso: "2026-01-32") == nil)
    }

    @Test func leapDaysExistInLeapYears() {
        #expect(Day(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2024-02-29")?.adding(days: 1) == Day(iso: "2024-03-01"))
        #expect(Day.isLeap(2024) && Day.isLeap(2000) && !Day.isLeap(2100) && !Day.isLeap(2026))
    }

    @Test func weekdayIsISO8601MondayOneToSundaySeven() {
        #expect(Self.day("1970-01-01").weekday == 4)  // Thursday
        #expect(Self.day("2026-03-02").weekday == 1)  // Monday
        #expect(Self.day("2026-03-03").weekday == 2)  // Tuesday
        #expect(Self.day("2026-03-14").weekday == 6)  // Saturday
        #expect(Self.day("2026-03-15").weekday == 7)  // Sunday
        #expect(Self.day("1969-12-28").weekday == 7)  // Sunday, before the epoch
        #expect(Self.day("2026-03-14").isWeekend && Self.day("2026-03-15").isWeekend)
        #expect(!Self.day("2026-03-13").isWeekend)
    }

    @Test func addingMonthsKeepsTheDayOrClampsToTheMonthsEnd() {
        #expect(Self.day("2026-01-31").adding(months: 1) == Self.day("2026-02-28"))
        #expect(Self.day("2024-01-31").adding(months: 1) == Self.day("2024-02-29"))
        #expect(Self.day("2026-03-14").adding(months: 12) == Self.day("2027-03-14"))
        #expect(Self.day("2026-03-14").adding(months: 3) == Self.day("2026-06-14"))
        #expect(Self.day("2026-11-30").adding(months: 3) == Self.day("2027-02-28"))
        #expect(Self.day("2026-08-31").adding(months: 1) == Self.day("2026-09-30"))
        #expect(Self.day("2024-02-29").adding(months: 12) == Self.day("2025-02-28"))
        #expect(Self.day("2026-03-31").adding(months: -1) == Self.day("2026-02-28"))
        #expect(Self.day("2026-01-15").adding(months: -1) == Self.day("2025-12-15"))
        #expect(Self.day("2026-12-15").adding(months: 1) == Self.day("2027-01-15"))
        #expect(Self.day("2026-05-05").adding(months: 0) == Self.day("2026-05-05"))
    }

    @Test func addingDaysAndCountingDays() {
        #expect(Self.day("2026-02-28").adding(days: 1) == Self.day("2026-03-01"))
        #expect(Self.day("2026-01-01").adding(days: -1) == Self.day("2025-12-31"))
        #expect(Self.day("2026-04-01").days(until: Self.day("2026-06-01")) == 61)
        #expect(Self.day("2026-06-01").days(until: Self.day("2026-04-01")) == -61)
        #expect(Self.day("2026-03-03") < Self.day("2026-03-14"))
    }

    @Test func longDescriptionIsGovUKStyle() {
        #expect(Self.day("2026-03-03").longDescription == "3 March 2026")
        #expect(Self.day("2026-03-14").longDescription == "14 March 2026")
        #expect(Self.day("2025-12-31").longDescription == "31 December 2025")
        #expect(Self.day("2027-01-01").longDescription == "1 January 2027")
    }

    @Test func descriptionPadsMonthAndDay() {
        #expect(Self.day("0999-01-05").description == "0999-01-05")
        #expect(Day(year: 2026, month: 7, day: 4)?.description == "2026-07-04")
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
    }
}

import Testing

@testable import QIDomain

/// The day written as `YYYY-MM-DD`; records an issue (and returns the epoch) if the text is not a date.
private func day(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Day {
    guard let parsed = Day(iso: text) else {
        Issue.record("not a date: \(text)", sourceLocation: sourceLocation)
        return Day(daysSinceEpoch: 0)
    }
    return parsed
}

/// Working days in (start, end] counted one day at a time: the slow reference for the closed-form count.
private func workingDaysOneByOne(_ calendar: WorkingCalendar, after start: Day, through end: Day) -> Int {
    var count = 0
    var current = start.adding(days: 1)
    while current <= end {
        if calendar.isWorkingDay(current) { count += 1 }
        current = current.adding(days: 1)
    }
    return count
}

/// GOV.UK's England and Wales bank holidays, 2010–2027, in full (month-day, within the year).
private let govUKLists: [Int: [String]] = [
    2010: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
    2011: ["01-03", "04-22", "04-25", "04-29", "05-02", "05-30", "08-29", "12-26", "12-27"],
    2012: ["01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26"],
    2013: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2014: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
    2015: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
    2016: ["01-01", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27"],
    2017: ["01-02", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"],
    2018: ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
    2019: ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2020: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
    2021: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
    2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
    2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
    2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
    2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
    2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
]

// MARK: - Bank holidays

@Test(arguments: 2010...2027)
func holidaysMatchGovUKList(year: Int) throws {
    let expected = try #require(govUKLists[year]).map { "\(year)-\($0)" }
    let computed = EnglandAndWalesBankHolidays.holidays(in: year).map(\.day.description)
    #expect(computed == expected)
}

@Test func namesFollowGovUKIncludingSubstituteAndOneOffDays() {
    let names2022 = EnglandAndWalesBankHolidays.holidays(in: 2022).map(\.description)
    #expect(
        names2022 == [
            "2022-01-03 New Year’s Day (substitute day)",
            "2022-04-15 Good Friday",
            "2022-04-18 Easter Monday",
            "2022-05-02 Early May bank holiday",
            "2022-06-02 Spring bank holiday",
            "2022-06-03 Platinum Jubilee bank holiday",
            "2022-08-29 Summer bank holiday",
            "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II",
            "2022-12-26 Boxing Day",
            "2022-12-27 Christmas Day (substitute day)",
        ])
    let christmas2021 = EnglandAndWalesBankHolidays.holidays(in: 2021).suffix(2).map(\.name)
    #expect(christmas2021 == ["Christmas Day (substitute day)", "Boxing Day (substitute day)"])
    let christmas2026 = EnglandAndWalesBankHolidays.holidays(in: 2026).suffix(2).map(\.name)
    #expect(christmas2026 == ["Christmas Day", "Boxing Day (substitute day)"])
    let may2020 = EnglandAndWalesBankHolidays.holidays(in: 2020).first { $0.day == day("2020-05-08") }
    #expect(may2020?.name == "Early May bank holiday (VE day)")
    let extras = [day("2011-04-29"), day("2012-06-05"), day("2023-05-08")].map { extra in
        EnglandAndWalesBankHolidays.holidays(in: extra.year).first { $0.day == extra }?.name
    }
    #expect(
        extras == [
            "Royal wedding", "Queen’s Diamond Jubilee", "Bank holiday for the coronation of King Charles III",
        ])
}

@Test func everyYearHasItsHolidaysOnDistinctWeekdaysInThatYear() {
    let oneOffYears: Set<Int> = [2011, 2012, 2022, 2023]
    for year in 1978...2300 {
        let holidays = EnglandAndWalesBankHolidays.holidays(in: year)
        let days = holidays.map(\.day)
        #expect(days == days.sorted(), "\(year) not sorted")
        #expect(Set(days).count == days.count, "\(year) has a day twice")
        #expect(days.allSatisfy { !$0.isWeekend && $0.year == year }, "\(year): \(holidays)")
        if !oneOffYears.contains(year) {
            #expect(holidays.count == 8, "\(year): \(holidays)")
        }
    }
}

@Test(arguments: [
    (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"),
    (2285, "2285-03-22"), (1818, "1818-03-22"), (1943, "1943-04-25"), (2000, "2000-04-23"),
])
func easterSundayOnKnownDates(year: Int, expected: String) {
    let easter = EnglandAndWalesBankHolidays.easterSunday(year: year)
    #expect(easter.description == expected)
    #expect(easter.weekday == 7)
}

@Test func easterSundayIsAlwaysASundayFrom22MarchTo25April() {
    for year in 1583...3000 {
        let easter = EnglandAndWalesBankHolidays.easterSunday(year: year)
        let (_, month, dayOfMonth) = easter.components
        #expect(easter.weekday == 7, "\(year): \(easter)")
        #expect((month == 3 && dayOfMonth >= 22) || (month == 4 && dayOfMonth <= 25), "\(year): \(easter)")
    }
}

// MARK: - Working days

@Test func workingDayIsAWeekdayThatIsNoHoliday() {
    let calendar = WorkingCalendar(extraHolidays: [day("2026-12-24")])
    #expect(calendar.isWorkingDay(day("2026-12-23")))  // Wednesday
    #expect(!calendar.isWorkingDay(day("2026-12-24")))  // extra holiday
    #expect(!calendar.isWorkingDay(day("2026-12-25")))  // Christmas Day, Friday
    #expect(!calendar.isWorkingDay(day("2026-12-26")))  // Saturday
    #expect(!calendar.isWorkingDay(day("2026-12-27")))  // Sunday
    #expect(!calendar.isWorkingDay(day("2026-12-28")))  // Boxing Day (substitute day)
    #expect(calendar.isWorkingDay(day("2026-12-29")))
    #expect(!calendar.isWorkingDay(day("2022-09-19")))  // one-off: the State Funeral
    #expect(calendar.isWorkingDay(day("2022-05-30")))  // the spring bank holiday moved away from it
    #expect(WorkingCalendar().isWorkingDay(day("2026-12-24")))
}

@Test func tenWorkingDaysAfterFriday18December2026() {
    // Mon 21, Tue 22, Wed 23, Thu 24 (4); Fri 25 Christmas, weekend, Mon 28 Boxing Day substitute;
    // Tue 29, Wed 30, Thu 31 (7); Fri 1 Jan New Year's Day, weekend; Mon 4, Tue 5, Wed 6 January (10).
    let calendar = WorkingCalendar()
    #expect(calendar.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-06"))
    #expect(calendar.workingDays(after: day("2026-12-18"), through: day("2027-01-06")) == 10)
    #expect(calendar.workingDays(after: day("2026-12-18"), through: day("2027-01-05")) == 9)
}

@Test func extraHolidaysAreSkippedOnlyWhenTheyCloseAWorkingDay() {
    // Extra 24 and 29 Dec: Mon 21, Tue 22, Wed 23 (3); Wed 30, Thu 31 (5); Mon 4 … Fri 8 January (10).
    let closures = WorkingCalendar(extraHolidays: [day("2026-12-24"), day("2026-12-29")])
    #expect(closures.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-08"))
    #expect(closures.workingDays(after: day("2026-12-18"), through: day("2027-01-08")) == 10)
    // Extra holidays on a bank holiday or a weekend close nothing more: still Wednesday 6 January.
    let redundant = WorkingCalendar(extraHolidays: [day("2026-12-25"), day("2026-12-26"), day("2027-01-01")])
    #expect(redundant.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-06"))
    #expect(redundant.workingDays(after: day("2026-12-18"), through: day("2027-01-06")) == 10)
}

@Test func addingWorkingDaysAroundWeekendsAndEaster() {
    let calendar = WorkingCalendar()
    // Saturday 7 March 2026 + 5 is Friday 13 March (not the Saturday a week on); + 10 is Friday 20.
    #expect(calendar.adding(workingDays: 5, to: day("2026-03-07")) == day("2026-03-13"))
    #expect(calendar.adding(workingDays: 10, to: day("2026-03-07")) == day("2026-03-20"))
    // Thursday 2 April 2026 + 1 skips Good Friday (3), the weekend and Easter Monday (6): Tuesday 7 April.
    #expect(calendar.adding(workingDays: 1, to: day("2026-04-02")) == day("2026-04-07"))
    // 2026 has 365 days from a Thursday: 261 weekdays less 8 bank holidays. 2022, from a Saturday:
    // 260 weekdays less 10 bank holidays.
    #expect(calendar.workingDays(after: day("2025-12-31"), through: day("2026-12-31")) == 253)
    #expect(calendar.workingDays(after: day("2021-12-31"), through: day("2022-12-31")) == 250)
}

@Test func addingZeroWorkingDaysReturnsTheDayItself() {
    let calendar = WorkingCalendar(extraHolidays: [day("2026-03-10")])
    for text in ["2026-03-09", "2026-03-10", "2026-03-14", "2026-12-25"] {
        #expect(calendar.adding(workingDays: 0, to: day(text)) == day(text))
    }
}

@Test func workingDaysIsZeroWhenTheEndIsNotAfterTheStart() {
    let calendar = WorkingCalendar()
    #expect(calendar.workingDays(after: day("2026-03-10"), through: day("2026-03-10")) == 0)
    #expect(calendar.workingDays(after: day("2026-03-10"), through: day("2026-03-02")) == 0)
    #expect(calendar.workingDays(after: day("2026-03-09"), through: day("2026-03-10")) == 1)
}

@Test func addingAndCountingAgreeWithEachOtherAndWithADayByDayWalk() {
    let calendar = WorkingCalendar(extraHolidays: [
        day("2011-04-28"), day("2012-06-06"), day("2022-06-01"), day("2026-12-24"), day("2026-12-26"),
    ])
    let starts = [
        "1969-12-24", "2010-12-24", "2011-04-27", "2012-05-31", "2015-12-24", "2020-05-07",
        "2022-05-28", "2022-09-16", "2023-05-05", "2026-03-07", "2026-12-18", "2026-12-25", "2027-12-24",
    ].map { day($0) }
    for start in starts {
        var walked = start
        var walkedCount = 0
        for count in 0...300 {
            while walkedCount < count {
                walked = walked.adding(days: 1)
                if calendar.isWorkingDay(walked) { walkedCount += 1 }
            }
            let result = calendar.adding(workingDays: count, to: start)
            #expect(result == walked, "\(count) after \(start)")
            #expect(calendar.workingDays(after: start, through: result) == count, "\(count) after \(start)")
            if count > 0 {
                #expect(calendar.workingDays(after: start, through: result.adding(days: -1)) == count - 1)
            }
        }
        for count in [1_000, 5_000, 20_000] {
            let result = calendar.adding(workingDays: count, to: start)
            #expect(calendar.isWorkingDay(result))
            #expect(calendar.workingDays(after: start, through: result) == count, "\(count) after \(start)")
            #expect(workingDaysOneByOne(calendar, after: start, through: result) == count)
        }
    }
}

@Test func workingDaysOverLongRangesMatchesADayByDayCount() {
    let calendar = WorkingCalendar(extraHolidays: [day("1970-01-02"), day("2018-07-04"), day("2018-07-07")])
    let ranges = [
        ("1969-12-20", "1970-01-20"), ("1960-03-01", "1985-11-30"), ("2009-12-31", "2027-12-31"),
        ("2010-01-01", "2010-01-03"), ("2018-07-03", "2018-07-09"), ("2022-06-01", "2022-06-06"),
    ]
    for (start, end) in ranges {
        let expected = workingDaysOneByOne(calendar, after: day(start), through: day(end))
        #expect(calendar.workingDays(after: day(start), through: day(end)) == expected, "\(start)…\(end)")
    }
}

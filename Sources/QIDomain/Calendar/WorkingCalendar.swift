/// Working days in England and Wales: Monday to Friday, less bank holidays and a directory's extra holidays.
///
/// Counting is closed-form: weekdays in a range come from whole weeks, and only the holidays inside the
/// range (a handful of bank holidays per year, computed on demand, and the extra holidays found by binary
/// search) are subtracted, so no day-by-day walk over a long range ever happens. Nothing is cached, so the
/// value is immutable and `Sendable` without locks.
public struct WorkingCalendar: Sendable {
    /// The directory's own non-working days on top of bank holidays (e.g.
    ///
    /// council closure days).
    public let extraHolidays: Set<Day>
    /// The extra holidays that change a count: Monday to Friday, not already a bank holiday.
    ///
    /// Sorted.
    private let extraWeekdayClosures: [Day]

    public init(extraHolidays: Set<Day> = []) {
        self.extraHolidays = extraHolidays
        extraWeekdayClosures =
            extraHolidays
            .filter { !$0.isWeekend && !EnglandAndWalesBankHolidays.isBankHoliday($0) }
            .sorted()
    }

    /// Whether `day` is a working day: a weekday that is neither a bank holiday nor an extra holiday.
    public func isWorkingDay(_ day: Day) -> Bool {
        !day.isWeekend && !extraHolidays.contains(day) && !EnglandAndWalesBankHolidays.isBankHoliday(day)
    }

    /// The day that is `count` working days after `day` (day itself not counted).
    ///
    /// count >= 0; 0 returns day.
    ///
    /// For `count` > 0 the result is always a working day: the one on which the `count`-th working day falls.
    public func adding(workingDays count: Int, to day: Day) -> Day {
        precondition(count >= 0, "adding(workingDays:to:) needs a count of 0 or more, not \(count)")
        var current = day
        var remaining = count
        // Jump whole weeks while many days are left. `w` weeks hold exactly 5w weekdays and holidays only
        // take some away, so jumping (remaining - 1) / 5 weeks uses fewer than `remaining` working days
        // and can never pass the answer.
        while remaining > 5 {
            let next = current.adding(days: 7 * ((remaining - 1) / 5))
            remaining -= workingDays(after: current, through: next)
            current = next
        }
        // At most five working days are left: walk to them.
        while remaining > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// Working days strictly after `start` up to and including `end` (0 if end <= start).
    public func workingDays(after start: Day, through end: Day) -> Int {
        guard start < end else { return 0 }
        let weekdays = Self.weekdays(through: end) - Self.weekdays(through: start)
        var bankHolidays = 0
        for year in start.year...end.year {
            for holiday in EnglandAndWalesBankHolidays.holidays(in: year)
            where holiday.day > start && holiday.day <= end && !holiday.day.isWeekend {
                bankHolidays += 1
            }
        }
        let extraClosures = extraClosures(through: end) - extraClosures(through: start)
        return weekdays - bankHolidays - extraClosures
    }

    // MARK: - Counting

    /// How many of `extraWeekdayClosures` fall on or before `day` (binary search).
    private func extraClosures(through day: Day) -> Int {
        var low = 0
        var high = extraWeekdayClosures.count
        while low < high {
            let middle = low + (high - low) / 2
            if extraWeekdayClosures[middle] <= day {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// Monday-to-Friday days from Monday 1970-01-05 up to and including `day` (negative before it);
    /// only differences between two of these are meaningful.
    private static func weekdays(through day: Day) -> Int {
        let daysSinceMonday = day.daysSinceEpoch - 4  // 1970-01-05, a Monday, is day 4.
        var weeks = daysSinceMonday / 7
        var dayOfWeek = daysSinceMonday % 7  // 0 = Monday … 6 = Sunday.
        if dayOfWeek < 0 {
            weeks -= 1
            dayOfWeek += 7
        }
        return 5 * weeks + min(dayOfWeek + 1, 5)
    }
}

/// A bank holiday in England and Wales: the day it is taken and its name as GOV.UK writes it.
public struct BankHoliday: Hashable, Sendable, CustomStringConvertible {
    /// The day the holiday is taken, after any move to a substitute day.
    public let day: Day
    /// The GOV.UK name, e.g.
    ///
    /// `Spring bank holiday` or `Boxing Day (substitute day)`.
    public let name: String

    public init(day: Day, name: String) {
        self.day = day
        self.name = name
    }

    /// `2026-12-28 Boxing Day (substitute day)`.
    public var description: String { "\(day) \(name)" }
}

/// England and Wales bank holidays, computed from the rules that set them plus a table of one-off changes.
///
/// The regular rules (in force since 1978):
/// - New Year's Day, 1 January; on a weekend the following Monday is the substitute day.
/// - Good Friday and Easter Monday (Easter by the anonymous Gregorian / Meeus algorithm).
/// - Early May bank holiday: the first Monday of May.
/// - Spring bank holiday: the last Monday of May.
/// - Summer bank holiday: the last Monday of August.
/// - Christmas Day and Boxing Day, each moved to the next free weekday when it falls on a weekend
///   (GOV.UK names a Sunday Christmas's substitute Tuesday 27 and keeps Boxing Day on Monday 26).
///
/// The one-off changes recorded are those since 2010 (`oneOffChanges`); earlier ones (1995, 1999, 2002)
/// are not, so for years before 2010 this gives the regular rules only.
public enum EnglandAndWalesBankHolidays {
    /// The year's bank holidays, sorted by day.
    public static func holidays(in year: Int) -> [BankHoliday] {
        var holidays = regularHolidays(in: year)
        for change in oneOffChanges {
            switch change {
            case let .moved(from, to, name) where from.year == year:
                holidays = holidays.map { $0.day == from ? BankHoliday(day: to, name: name) : $0 }
            case let .added(day, name) where day.year == year:
                holidays.append(BankHoliday(day: day, name: name))
            default:
                continue
            }
        }
        holidays.sort { $0.day < $1.day }
        return holidays
    }

    /// Whether `day` is an England and Wales bank holiday.
    static func isBankHoliday(_ day: Day) -> Bool {
        holidays(in: day.year).contains { $0.day == day }
    }

    /// Easter Sunday in the Gregorian calendar (anonymous Gregorian / Meeus–Jones–Butcher algorithm).
    ///
    /// Floor division is used throughout so that any year gives a real date in March or April,
    /// though only years from 1583 (the Gregorian reform) are meaningful.
    public static func easterSunday(year: Int) -> Day {
        let goldenNumber = floorMod(year, 19)
        let century = floorDiv(year, 100)
        let yearOfCentury = floorMod(year, 100)
        let leapCenturies = floorDiv(century, 4)
        let centuryRemainder = floorMod(century, 4)
        let lunarCorrection = floorDiv(century + 8, 25)
        let lunarShift = floorDiv(century - lunarCorrection + 1, 3)
        let epact = floorMod(19 * goldenNumber + century - leapCenturies - lunarShift + 15, 30)
        let leapYears = yearOfCentury / 4
        let yearRemainder = yearOfCentury % 4
        let weekdayOffset = floorMod(
            32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder, 7)
        let correction = (goldenNumber + 11 * epact + 22 * weekdayOffset) / 451
        let dayCount = epact + weekdayOffset - 7 * correction + 114
        return date(year, dayCount / 31, dayCount % 31 + 1)
    }

    // MARK: - The regular rules

    private static func regularHolidays(in year: Int) -> [BankHoliday] {
        var holidays: [BankHoliday] = []
        holidays.reserveCapacity(10)

        let newYearsDay = date(year, 1, 1)
        switch newYearsDay.weekday {
        case 6: holidays.append(BankHoliday(day: newYearsDay.adding(days: 2), name: substitute(newYearsDayName)))
        case 7: holidays.append(BankHoliday(day: newYearsDay.adding(days: 1), name: substitute(newYearsDayName)))
        default: holidays.append(BankHoliday(day: newYearsDay, name: newYearsDayName))
        }

        let easter = easterSunday(year: year)
        holidays.append(BankHoliday(day: easter.adding(days: -2), name: "Good Friday"))
        holidays.append(BankHoliday(day: easter.adding(days: 1), name: "Easter Monday"))

        holidays.append(BankHoliday(day: firstMonday(onOrAfter: date(year, 5, 1)), name: "Early May bank holiday"))
        holidays.append(BankHoliday(day: lastMonday(onOrBefore: date(year, 5, 31)), name: "Spring bank holiday"))
        holidays.append(BankHoliday(day: lastMonday(onOrBefore: date(year, 8, 31)), name: "Summer bank holiday"))

        let christmasDay = date(year, 12, 25)
        let boxingDay = christmasDay.adding(days: 1)
        switch christmasDay.weekday {
        case 5:  // Friday: Boxing Day is a Saturday, taken on Monday 28.
            holidays.append(BankHoliday(day: christmasDay, name: christmasDayName))
            holidays.append(BankHoliday(day: boxingDay.adding(days: 2), name: substitute(boxingDayName)))
        case 6:  // Saturday: Christmas on Monday 27, Boxing Day on Tuesday 28.
            holidays.append(BankHoliday(day: christmasDay.adding(days: 2), name: substitute(christmasDayName)))
            holidays.append(BankHoliday(day: boxingDay.adding(days: 2), name: substitute(boxingDayName)))
        case 7:  // Sunday: Boxing Day stays on Monday 26, Christmas is taken on Tuesday 27.
            holidays.append(BankHoliday(day: boxingDay, name: boxingDayName))
            holidays.append(BankHoliday(day: christmasDay.adding(days: 2), name: substitute(christmasDayName)))
        default:
            holidays.append(BankHoliday(day: christmasDay, name: christmasDayName))
            holidays.append(BankHoliday(day: boxingDay, name: boxingDayName))
        }
        return holidays
    }

    private static let newYearsDayName = "New Year’s Day"
    private static let christmasDayName = "Christmas Day"
    private static let boxingDayName = "Boxing Day"

    private static func substitute(_ name: String) -> String {
        "\(name) (substitute day)"
    }

    private static func firstMonday(onOrAfter day: Day) -> Day {
        day.adding(days: (8 - day.weekday) % 7)
    }

    private static func lastMonday(onOrBefore day: Day) -> Day {
        day.adding(days: -(day.weekday - 1))
    }

    // MARK: - One-off changes

    /// A change made by royal proclamation for one year only.
    private enum OneOffChange: Sendable {
        /// A regular holiday taken on another day, possibly under another name.
        case moved(from: Day, to: Day, name: String)
        /// An extra bank holiday.
        case added(Day, name: String)
    }

    /// Every one-off change since 2010, as GOV.UK lists them.
    private static let oneOffChanges: [OneOffChange] = [
        .added(date(2011, 4, 29), name: "Royal wedding"),
        .moved(from: date(2012, 5, 28), to: date(2012, 6, 4), name: "Spring bank holiday"),
        .added(date(2012, 6, 5), name: "Queen’s Diamond Jubilee"),
        .moved(from: date(2020, 5, 4), to: date(2020, 5, 8), name: "Early May bank holiday (VE day)"),
        .moved(from: date(2022, 5, 30), to: date(2022, 6, 2), name: "Spring bank holiday"),
        .added(date(2022, 6, 3), name: "Platinum Jubilee bank holiday"),
        .added(date(2022, 9, 19), name: "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        .added(date(2023, 5, 8), name: "Bank holiday for the coronation of King Charles III"),
    ]

    // MARK: - Arithmetic

    /// A date the rules guarantee exists (1 January, 31 May, a computed Easter, a table entry).
    private static func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
        guard let date = Day(year: year, month: month, day: day) else {
            preconditionFailure("bank holiday rules produced an impossible date \(year)-\(month)-\(day)")
        }
        return date
    }

    private static func floorDiv(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    private static func floorMod(_ value: Int, _ divisor: Int) -> Int {
        value - floorDiv(value, divisor) * divisor
    }
}

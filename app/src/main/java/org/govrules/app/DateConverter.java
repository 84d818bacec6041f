package org.govrules.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code YYYY-MM-DD}, and says so plainly when given anything else. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    private static final LocalDate EARLIEST = LocalDate.of(1967, 8, 8);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD,"
                    + " e.g. 2026-03-02");
        }
        // Deadlines are listed year by year from the ledger's first event: a date ten thousand years on is a typo,
        // and would list every year between.
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is outside " + EARLIEST.getYear() + "-"
                    + LATEST.getYear() + ": give a date in that range, e.g. 2026-03-02");
        }
        return date;
    }
}

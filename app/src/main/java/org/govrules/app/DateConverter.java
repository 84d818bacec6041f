package org.govrules.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code YYYY-MM-DD}, and says so plainly when given anything else. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD,"
                    + " e.g. 2026-03-02");
        }
    }
}

package org.govrules.app;

import java.time.LocalDate;
import org.govrules.assistant.AsOfDate;
import picocli.CommandLine;

/** Reads {@code YYYY-MM-DD}, and says so plainly when given anything else. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return AsOfDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}

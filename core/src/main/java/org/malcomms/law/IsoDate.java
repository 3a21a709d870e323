package org.malcomms.law;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the dates in rule and facts files, written YYYY-MM-DD. */
final class IsoDate extends FromStringDeserializer<LocalDate> {
    private IsoDate() {
        super(LocalDate.class);
    }

    static SimpleModule module() {
        return new SimpleModule().addDeserializer(LocalDate.class, new IsoDate());
    }

    @Override
    protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("dates are written YYYY-MM-DD, not \"" + value + "\"", e);
        }
    }
}

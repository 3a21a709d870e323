package org.malcomms.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An offence as the knowledge base states it: one YAML file under {@code law/offences/}. */
public record Offence(String id, String title, String citation, Source source, InForce inForce,
                      List<OffenceVersion> versions, TimeLimit timeLimit, List<ElementRule> elements,
                      List<String> notes) {
    public Offence {
        versions = List.copyOf(versions);
        elements = List.copyOf(elements);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The version in force on a day, if the offence existed then. */
    public Optional<OffenceVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> v.covers(day)).findFirst();
    }
}

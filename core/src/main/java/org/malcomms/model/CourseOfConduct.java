package org.malcomms.model;

import java.util.List;

/** Whether the offending messages form a course of conduct (two or more occasions), citing the first of each. */
public record CourseOfConduct(boolean detected, int occasions, List<String> evidence) {
    public CourseOfConduct {
        evidence = List.copyOf(evidence);
    }
}

package org.malcomms.analysis.training;

import java.util.Map;

/** One labelled training text: the class it has for each task (head) it is labelled for. */
public record Example(String text, Map<String, String> labels) {
    public Example {
        labels = Map.copyOf(labels);
    }
}

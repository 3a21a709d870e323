package org.malcomms.law;

import java.util.List;

/**
 * One point to prove. It is met by any of its tests (the best finding wins). A {@code core} element is what the
 * offence is about (the content, the threat, the course of conduct): when it is unsupported the offence is "none".
 * {@code gather} lists evidence that would help prove it whatever the messages show.
 */
public record ElementRule(String id, String text, boolean core, List<TestRef> tests, List<String> gather) {
    public ElementRule {
        tests = List.copyOf(tests);
        gather = gather == null ? List.of() : List.copyOf(gather);
    }
}

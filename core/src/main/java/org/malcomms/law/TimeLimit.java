package org.malcomms.law;

/**
 * When a charge must be brought, in plain words; {@code months} is set for summary-only offences (the charge must
 * be laid within that many months), {@code longstopYears} where the statute adds an outer limit (CA 2003 s.127(5)).
 */
public record TimeLimit(String text, Integer months, Integer longstopYears, Source source) {
}

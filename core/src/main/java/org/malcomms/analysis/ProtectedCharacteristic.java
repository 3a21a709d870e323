package org.malcomms.analysis;

/** The characteristics hostility on which aggravates an offence (Sentencing Act 2020 s.66; CDA 1998 s.28). */
public enum ProtectedCharacteristic {
    RACE("race"), RELIGION("religion"), DISABILITY("disability"), SEXUAL_ORIENTATION("sexual-orientation"),
    TRANSGENDER("transgender");

    private final String json;

    ProtectedCharacteristic(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}

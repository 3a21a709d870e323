package org.malcomms.analysis;

/** The per-message labels of the classify contract, each scored as a probability. */
public enum Label {
    OFFENSIVE("offensive"), TARGETED("targeted"), HATE("hate"), THREAT("threat"), SEXUAL("sexual"),
    SELF_HARM("selfHarm");

    private final String json;

    Label(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}

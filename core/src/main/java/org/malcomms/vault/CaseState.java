package org.malcomms.vault;

/** What a folder holds: no case yet, an unencrypted case, or an encrypted one (which needs its passphrase). */
public enum CaseState { NEW, PLAIN, ENCRYPTED }

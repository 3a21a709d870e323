package org.malcomms.ingest.screenshot;

import java.util.List;
import org.malcomms.ingest.screenshot.ChatRenderer.Day;
import org.malcomms.ingest.screenshot.ChatRenderer.Item;
import org.malcomms.ingest.screenshot.ChatRenderer.Msg;

/** The known conversations the OCR tests draw, written for these tests. */
final class Conversations {
    private Conversations() {
    }

    /** A neighbour dispute that turns nasty, with a dated separator and times in every bubble. */
    static final List<Item> NEIGHBOUR = List.of(
            new Day("12 March 2025"),
            new Msg(true, "Your car is blocking my drive again. Move it now.", "08:02"),
            new Msg(false, "Sorry, I will move it in ten minutes.", "08:05"),
            new Msg(true, "You said that last week as well.", "08:06"),
            new Day("Yesterday"),
            new Msg(true, "I know where you work and I will tell them what you are.", "22:41"),
            new Msg(true, "Watch yourself when you leave tonight.", "22:43"),
            new Msg(false, "Please stop messaging me. I have kept every message.", "22:50"),
            new Day("Today"),
            new Msg(true, "Nobody on this street wants you here, pack your bags.", "07:15"));

    /** A shorter exchange for the apps that print times only in separators. */
    static final List<Item> EX_PARTNER = List.of(
            new Day("Tue, 11 Mar at 18:02"),
            new Msg(true, "Why are you ignoring my calls?", ""),
            new Msg(false, "I told you I need space. Please respect that.", ""),
            new Msg(true, "You will regret this, I promise you.", ""),
            new Day("Today 21:14"),
            new Msg(true, "I drove past your house tonight. Nice new curtains.", ""),
            new Msg(true, "Answer me or I will come round.", ""),
            new Msg(false, "I am calling the police if you come here.", ""));

    /** A long chat for the scrolling tests: more than one screen tall. */
    static final List<Item> LONG = List.of(
            new Day("Yesterday"),
            new Msg(true, "Are you at the salon tomorrow?", "17:01"),
            new Msg(false, "Yes, from nine until five.", "17:03"),
            new Msg(true, "Good. I will be waiting outside when you finish.", "17:04"),
            new Msg(false, "Why would you do that?", "17:10"),
            new Msg(true, "You know exactly why. You owe me an apology.", "17:12"),
            new Msg(true, "Everyone will hear what you did.", "17:12"),
            new Msg(false, "Please leave me alone.", "17:20"),
            new Day("Today"),
            new Msg(true, "I told your manager about you this morning.", "09:30"),
            new Msg(true, "She did not look happy. Enjoy your day.", "09:31"),
            new Msg(false, "I have reported this to the police.", "09:45"),
            new Msg(true, "Go ahead, they will not do anything.", "09:46"),
            new Msg(true, "I can wait for you every single day.", "09:47"),
            new Msg(false, "Stop contacting me.", "10:02"),
            new Msg(true, "Make me.", "10:03"),
            new Msg(true, "See you at five o'clock.", "10:05"));
}

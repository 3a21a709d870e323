package org.malcomms.ingest.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ChatDatesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    private static ChatDates.DayMark mark(String text) {
        return ChatDates.separator(text, FRIDAY).orElseThrow();
    }

    @Test
    void readsTheDaySeparatorsChatAppsPrint() {
        assertThat(mark("TODAY").date()).isEqualTo(FRIDAY);
        assertThat(mark("Yesterday").date()).isEqualTo(FRIDAY.minusDays(1));
        assertThat(mark("Monday").date()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(mark("Friday").date()).as("a weekday name means last week's").isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(mark("12 March 2025").date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(mark("March 12, 2024").date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(mark("12/03/2025").date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(mark("20 December").date()).as("no year: the latest not after today")
                .isEqualTo(LocalDate.of(2024, 12, 20));
        ChatDates.DayMark both = mark("Tue, 11 Mar at 6:02 PM");
        assertThat(both.date()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(both.time()).isEqualTo(LocalTime.of(18, 2));
        assertThat(mark("Today 09:41").time()).isEqualTo(LocalTime.of(9, 41));
    }

    @Test
    void ignoresStatusesAndText() {
        assertThat(ChatDates.separator("Delivered", FRIDAY)).isEmpty();
        assertThat(ChatDates.separator("Read 21:15", FRIDAY)).isEmpty();
        assertThat(ChatDates.separator("Messages are end-to-end encrypted", FRIDAY)).isEmpty();
    }

    @Test
    void splitsThePrintedTimeFromABubble() {
        ChatDates.BubbleText t = ChatDates.splitTime("See you at five o'clock. 10:05 W");
        assertThat(t.text()).isEqualTo("See you at five o'clock.");
        assertThat(t.time()).isEqualTo(LocalTime.of(10, 5));
        ChatDates.BubbleText edited = ChatDates.splitTime("I never said that\nEdited 9:14 pm");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.time()).isEqualTo(LocalTime.of(21, 14));
        assertThat(ChatDates.printedTime("Cll. 8-06")).isEqualTo(LocalTime.of(8, 6));
        assertThat(ChatDates.printedTime("98:06")).isNull();
    }

    @Test
    void fixesTheUsualOcrConfusionsOfTheWordI() {
        assertThat(OcrFixes.apply("| know where you live and l'm coming")).isEqualTo(
                "I know where you live and I'm coming");
        assertThat(OcrFixes.apply("lam calling the police")).isEqualTo("I am calling the police");
        assertThat(OcrFixes.apply("a lamp and a llama")).isEqualTo("a lamp and a llama");
    }
}

package org.malcomms.ingest.screenshot;

/** Something on a chat screenshot that holds text, in screen order: a message bubble or a caption between them. */
sealed interface Block permits Block.Bubble, Block.Caption {
    Box box();

    /** A message bubble; {@code left} is the other party's side. {@code label} is its region in the segmentation. */
    record Bubble(Box box, boolean left, int colour, int label) implements Block {
    }

    /**
     * Text that is not a message: a day separator ("Today", "12 March 2025"), a status ("Delivered"), a system
     * notice. {@code fill} is the colour behind it (a centred pill's, or the chat background).
     */
    record Caption(Box box, int fill) implements Block {
    }
}

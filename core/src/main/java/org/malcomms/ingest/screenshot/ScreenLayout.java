package org.malcomms.ingest.screenshot;

import java.util.List;
import java.util.Optional;

/**
 * What layout analysis found on one screenshot: the app (when recognised), the header holding the other party's
 * name (with the pictures in it, such as the avatar, to be left out when reading it), the blocks in screen order, and how many bubbles were cut off at the top or bottom edge (not read).
 */
record ScreenLayout(Optional<Layout> layout, int background, Box header, int headerFill, List<Box> headerPictures,
                    List<Block> blocks, int cutOff) {
}

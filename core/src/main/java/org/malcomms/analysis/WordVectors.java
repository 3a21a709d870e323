package org.malcomms.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Pre-trained English word vectors (GloVe, 100 dimensions, learned from Wikipedia and newswire by others; see the
 * README beside the resource), cut down to the words the classifier can meet and stored one byte per dimension
 * with a scale per word. They let the learned model recognise abuse in words the training tweets never used,
 * because a word's vector sits near the vectors of words with similar meaning.
 */
public final class WordVectors {
    private static final int MAGIC = 0x4D435756;
    public static final String RESOURCE = "word-vectors.bin.gz";
    private final int dims;
    private final Map<String, Integer> rows;
    private final byte[] values;
    private final float[] scale;

    private WordVectors(int dims, Map<String, Integer> rows, byte[] values, float[] scale) {
        this.dims = dims;
        this.rows = rows;
        this.values = values;
        this.scale = scale;
    }

    /** Quantises float vectors, in the order of {@code words}, to one byte per dimension. */
    public static WordVectors of(List<String> words, List<float[]> vectors) {
        int dims = vectors.isEmpty() ? 0 : vectors.get(0).length;
        Map<String, Integer> rows = new HashMap<>(words.size() * 2);
        byte[] values = new byte[words.size() * dims];
        float[] scale = new float[words.size()];
        for (int r = 0; r < words.size(); r++) {
            float[] v = vectors.get(r);
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            scale[r] = max == 0 ? 1 : max / 127f;
            for (int d = 0; d < dims; d++) {
                values[r * dims + d] = (byte) Math.round(v[d] / scale[r]);
            }
            rows.put(words.get(r), r);
        }
        return new WordVectors(dims, rows, values, scale);
    }

    /** The vectors shipped in the jar, read once and shared (they are never changed). */
    public static WordVectors shipped() {
        return Shipped.VECTORS;
    }

    private static final class Shipped {
        static final WordVectors VECTORS = load();
    }

    private static WordVectors load() {
        try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the word vectors " + RESOURCE + " are missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word vectors", e);
        }
    }

    public static WordVectors read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a malcomms word-vector file");
        }
        int count = in.readInt();
        int dims = in.readInt();
        Map<String, Integer> rows = new HashMap<>(count * 2);
        float[] scale = new float[count];
        for (int r = 0; r < count; r++) {
            rows.put(in.readUTF(), r);
            scale[r] = in.readFloat();
        }
        byte[] values = new byte[count * dims];
        in.readFully(values);
        return new WordVectors(dims, rows, values, scale);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(scale.length);
        out.writeInt(dims);
        String[] words = new String[scale.length];
        rows.forEach((w, r) -> words[r] = w);
        for (int r = 0; r < words.length; r++) {
            out.writeUTF(words[r]);
            out.writeFloat(scale[r]);
        }
        out.write(values);
        out.flush();
        gz.finish();
    }

    public int dims() {
        return dims;
    }

    public int size() {
        return scale.length;
    }

    public boolean has(String word) {
        return rows.containsKey(word);
    }

    /**
     * The row of each word of the message in order, -1 for a word without a vector (at most {@code max} words).
     * Hashtags are read without the {@code #}.
     */
    public int[] rows(NormalisedText text, int max) {
        int[] out = new int[Math.min(max, text.tokens().size() * 2)];
        int n = 0;
        for (Token t : text.tokens()) {
            if (!t.word()) {
                continue;
            }
            String norm = t.norm();
            int from = 0;
            while (from < norm.length() && n < out.length) {
                int to = norm.indexOf(' ', from);
                to = to < 0 ? norm.length() : to;
                out[n++] = row(norm, from, to);
                from = to + 1;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The row of word {@code norm[from, to)}, read without a leading {@code #}, or -1 when it has no vector. */
    int row(String norm, int from, int to) {
        int start = norm.charAt(from) == '#' ? from + 1 : from;
        // a whole normal form is looked up as it is: kept by the normaliser, its hash is worked out once
        String word = start == 0 && to == norm.length() ? norm : norm.substring(start, to);
        return rows.getOrDefault(word, -1);
    }

    /** Word {@code row}'s vector, unpacked into {@code into} from {@code at}. */
    public void vector(int row, float[] into, int at) {
        float s = scale[row];
        for (int d = 0; d < dims; d++) {
            into[at + d] = values[row * dims + d] * s;
        }
    }
}

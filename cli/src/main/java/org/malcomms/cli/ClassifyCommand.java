package org.malcomms.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.malcomms.Malcomms;
import org.malcomms.analysis.Classification;
import org.malcomms.analysis.MessageClassifier;
import org.malcomms.analysis.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code malcomms classify}: the message classifier on its own, one text per line in, JSON Lines out. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify texts, one per line (a newline inside a text written as \\n), from FILE or standard"
                + " input (-). Prints one JSON object per line, in input order."})
final class ClassifyCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-", description = "Input file, or - for stdin.")
    String file;

    @Override
    public Integer call() throws Exception {
        MessageClassifier classifier = Malcomms.standard().classifier();
        try (BufferedReader in = file.equals("-") ? new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)) : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String text = line.replace("\\n", "\n");
                out.write(JSON.writeValueAsString(json(text, classifier.classify(text))));
                out.write('\n');
            }
        }
        return 0;
    }

    static ObjectNode json(String text, Classification c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("text", text);
        ObjectNode labels = n.putObject("labels");
        c.labels().forEach((l, p) -> labels.put(l.json(), Math.round(p * 10000) / 10000.0));
        n.put("target", c.target().json());
        ArrayNode prot = n.putArray("protected");
        c.protectedGroups().forEach(g -> prot.add(g.json()));
        ArrayNode spans = n.putArray("spans");
        for (Span s : c.spans()) {
            spans.addObject().put("start", s.start()).put("end", s.end()).put("label", s.label());
        }
        return n;
    }
}

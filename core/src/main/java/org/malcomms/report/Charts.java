package org.malcomms.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.MessageKind;

/** The report's two charts, drawn with XChart as PNG: messages per day by sender, and severity over time. */
final class Charts {
    static final int WIDTH = 1000;
    static final int HEIGHT = 380;
    private static final int MAX_NAME = 40;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /**
     * Messages per day, one line per sender, with the days that held abusive messages from others marked
     * (orange: abusive, red: a threat), at the height of how many there were that day.
     */
    static byte[] timeline(ConversationFindings f) {
        Map<String, TreeMap<LocalDate, Integer>> bySender = new LinkedHashMap<>();
        TreeMap<LocalDate, Integer> abusive = new TreeMap<>();
        TreeMap<LocalDate, Integer> threats = new TreeMap<>();
        TreeMap<LocalDate, Integer> allDays = new TreeMap<>();
        for (MessageSignals s : f.signals()) {
            if (s.message().kind() == MessageKind.SYSTEM || s.message().sentAt() == null) {
                continue;
            }
            LocalDate day = s.message().sentAt().toLocalDate();
            allDays.merge(day, 1, Integer::sum);
            bySender.computeIfAbsent(s.message().sender(), k -> new TreeMap<>()).merge(day, 1, Integer::sum);
        }
        for (MessageSignals s : f.offending()) {
            LocalDate day = s.message().sentAt().toLocalDate();
            abusive.merge(day, 1, Integer::sum);
            if (s.severity() >= 4) {
                threats.merge(day, 1, Integer::sum);
            }
        }
        if (!allDays.isEmpty()) {
            for (LocalDate d = allDays.firstKey(); !d.isAfter(allDays.lastKey()); d = d.plusDays(1)) {
                allDays.putIfAbsent(d, 0);
            }
        }
        XYChart chart = chart("Messages per day", "Day", "Messages");
        List<String> used = new ArrayList<>();
        for (var e : bySender.entrySet()) {
            List<Date> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (LocalDate day : allDays.keySet()) {
                xs.add(date(day));
                ys.add(e.getValue().getOrDefault(day, 0));
            }
            XYSeries series = chart.addSeries(seriesName(e.getKey(), used), xs, ys);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(allDays.size() > 60 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        marks(chart, "Abusive messages from others", abusive, new Color(0xEF, 0x6C, 0x00), used);
        marks(chart, "Threats of violence", threats, new Color(0xB0, 0x00, 0x20), used);
        return png(chart);
    }

    /**
     * How severe the abuse from others was over time: per day (per week when it spans more than 60 days), the most
     * severe message and the average severity of the abusive messages (1 rude, 2 targeted abuse, 3 hate, sexual or
     * exposure threats, 4 threat of violence). Null when there was no abuse to chart.
     */
    static byte[] escalation(ConversationFindings f) {
        if (f.offending().isEmpty()) {
            return null;
        }
        LocalDate first = f.offending().get(0).message().sentAt().toLocalDate();
        LocalDate last = f.offending().get(f.offending().size() - 1).message().sentAt().toLocalDate();
        boolean weekly = java.time.temporal.ChronoUnit.DAYS.between(first, last) > 60;
        TreeMap<LocalDate, int[]> periods = new TreeMap<>();
        for (MessageSignals s : f.offending()) {
            LocalDate day = s.message().sentAt().toLocalDate();
            LocalDate key = weekly ? day.with(java.time.DayOfWeek.MONDAY) : day;
            int[] p = periods.computeIfAbsent(key, k -> new int[3]);
            p[0] = Math.max(p[0], s.severity());
            p[1] += s.severity();
            p[2]++;
        }
        List<Date> xs = new ArrayList<>();
        List<Integer> max = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        periods.forEach((k, p) -> {
            xs.add(date(k));
            max.add(p[0]);
            mean.add((double) p[1] / p[2]);
        });
        XYChart chart = chart("Severity of the abuse, " + (weekly ? "week by week" : "day by day"),
                weekly ? "Week beginning" : "Day", "Severity (0-4)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(4.0);
        XYSeries top = chart.addSeries("Most severe message (4 = threat of violence)", xs, max);
        top.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        top.setMarker(SeriesMarkers.DIAMOND);
        top.setLineColor(new Color(0xB0, 0x00, 0x20));
        top.setMarkerColor(new Color(0xB0, 0x00, 0x20));
        XYSeries avg = chart.addSeries("Average severity of the abusive messages", xs, mean);
        avg.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        avg.setMarker(SeriesMarkers.CIRCLE);
        avg.setLineColor(new Color(0x55, 0x55, 0x55));
        avg.setMarkerColor(new Color(0x55, 0x55, 0x55));
        return png(chart);
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y)
                .build();
        var styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setDatePattern("d MMM yyyy");
        styler.setTimezone(java.util.TimeZone.getTimeZone("UTC"));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setAntiAlias(true);
        return chart;
    }

    private static void marks(XYChart chart, String name, TreeMap<LocalDate, Integer> days, Color color,
                              List<String> used) {
        if (days.isEmpty()) {
            return;
        }
        List<Date> xs = days.keySet().stream().map(Charts::date).toList();
        XYSeries s = chart.addSeries(seriesName(name, used), xs, new ArrayList<>(days.values()));
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(color);
    }

    /** A legend name for a sender: shortened, control characters removed, and unique among the chart's series. */
    private static String seriesName(String name, List<String> used) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .limit(MAX_NAME).forEach(sb::appendCodePoint);
        String base = sb.toString().isBlank() ? "(no name)" : sb.toString();
        String candidate = base;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = base + " (" + i + ")";
        }
        used.add(candidate);
        return candidate;
    }

    private static Date date(LocalDate day) {
        return Date.from(OffsetDateTime.of(day.atStartOfDay(), ZoneOffset.UTC).toInstant());
    }

    /** The chart as an opaque PNG (no alpha channel: PDF/A archives are simpler without transparency). */
    private static byte[] png(XYChart chart) {
        java.awt.image.BufferedImage drawn = BitmapEncoder.getBufferedImage(chart);
        java.awt.image.BufferedImage opaque = new java.awt.image.BufferedImage(drawn.getWidth(), drawn.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = opaque.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
        g.drawImage(drawn, 0, 0, null);
        g.dispose();
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(opaque, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

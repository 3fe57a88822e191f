package org.borderwatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.borderwatch.bench.GazetteerScaleBench;
import org.borderwatch.bench.GeoNamesGenerator;
import org.borderwatch.bench.HeapProbe;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.spark.HadoopGazetteerCacheStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code borderwatch bench-gazetteer}: load time and heap of the gazetteer index on a generated full-size dump. */
@Command(name = "bench-gazetteer", mixinStandardHelpOptions = true,
    description = "Write a synthetic GeoNames dump (allCountries.txt and alternateNamesV2.txt, by default the size "
        + "of the real ones), then load it twice through an empty gazetteer cache: build and cache write, then cache "
        + "read. Prints wall time, peak heap and retained heap of each. Plain Java, no Spark; give the JVM the heap "
        + "an executor would have (BORDERWATCH_DRIVER_MEMORY).")
final class GazetteerBenchCommand implements Callable<Integer> {
  static final String MARKER = ".generated";

  @Option(names = "--places", paramLabel = "N", defaultValue = "12400000",
      description = "rows of allCountries.txt; default: ${DEFAULT-VALUE}, as the real file")
  long places;

  @Option(names = "--alternate-names", paramLabel = "N", defaultValue = "15000000",
      description = "about this many rows of alternateNamesV2.txt (0: no alternate names); default: ${DEFAULT-VALUE}")
  long alternateNames;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42", description = "generator seed; default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "folder for the generated dump, kept and reused while places, alternate names and seed match; "
          + "default: <out>/bench/gazetteer")
  Path dir;

  @Option(names = "--gazetteer", paramLabel = "DIR",
      description = "measure this local GeoNames folder instead of writing one (--places, --alternate-names, --seed "
          + "and --dir are then unused)")
  Path gazetteer;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = OutputOptions.DEFAULT_OUT,
      description = "output root; the cache goes to <out>/bench/gazetteer-cache; default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "a borderwatch.geo.* setting; repeatable; feature classes default to P,A,L,H,S here")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    if (gazetteer != null && !Files.isDirectory(gazetteer)) {
      throw new Main.UsageException("--gazetteer " + gazetteer + " is not a folder");
    }
    if (places < 1 || alternateNames < 0) {
      throw new Main.UsageException("--places must be at least 1 and --alternate-names at least 0");
    }
    Console console = Console.stdout();
    Path dump = gazetteer != null ? gazetteer : generated(console);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(ConfKeys.GEO_FEATURE_CLASSES, "P,A,L,H,S");
    settings.putAll(conf);
    GazetteerOptions options = GazetteerOptions.from(BorderwatchConf.load(null, settings));
    Path cacheDir = out.resolve("bench").resolve("gazetteer-cache");
    clear(cacheDir);
    console.progress("bench-gazetteer", "loading " + dump + " with feature classes "
        + new TreeSet<>(options.featureClasses()) + String.format(", max heap %.0f MB", HeapProbe.maxHeapMb()));
    GazetteerScaleBench.Result result = GazetteerScaleBench.run(GazetteerFiles.directory(dump), options,
        new HadoopGazetteerCacheStore(cacheDir.toUri().toString(), new Configuration()),
        line -> console.progress("bench-gazetteer", line));
    long cacheBytes;
    try (Stream<Path> entries = Files.list(cacheDir)) {
      cacheBytes = entries.filter(p -> p.toString().endsWith(".ser")).mapToLong(p -> p.toFile().length()).sum();
    }
    console.line("");
    console.line(String.format("%,d places, %,d distinct names; build %.1f s; cache entry %,.0f MB", result.places(),
        result.names(), result.buildSeconds(), cacheBytes / 1024.0 / 1024.0));
    for (GazetteerScaleBench.Step step : List.of(result.firstRun(), result.cacheLoad())) {
      console.line(step.toString());
    }
    return 0;
  }

  /** The generated dump, written unless the folder already holds one of the same size and seed. */
  private Path generated(Console console) throws IOException {
    Path dump = dir != null ? dir : out.resolve("bench").resolve("gazetteer");
    String wanted = places + " " + alternateNames + " " + seed;
    Path marker = dump.resolve(MARKER);
    if (!Files.isRegularFile(marker) || !Files.readString(marker, StandardCharsets.UTF_8).equals(wanted)) {
      console.progress("bench-gazetteer", "writing " + places + " places and about " + alternateNames
          + " alternate names to " + dump);
      long start = System.nanoTime();
      Files.deleteIfExists(marker);
      GeoNamesGenerator.Written written = new GeoNamesGenerator(seed).write(dump, places, alternateNames);
      Files.writeString(marker, wanted, StandardCharsets.UTF_8);
      console.progress("bench-gazetteer", String.format("wrote %,d places and %,d alternate names in %.0f s",
          written.places(), written.alternateNames(), (System.nanoTime() - start) / 1e9));
    }
    return dump;
  }

  private static void clear(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path p : entries.toList()) {
          Files.delete(p);
        }
      }
    }
  }
}

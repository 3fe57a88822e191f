package org.borderwatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.borderwatch.BorderwatchException;

/**
 * Times stages over corpora of N × scale articles, generated or repeated from real text (a
 * {@link BenchCorpus}). A warm-up pass over the corpus's first articles runs every stage once first
 * (class loading, JIT, Spark's first jobs); then, per scale, the corpus is written, the I/O floor
 * runs, then each stage in order, each timed alone after a GC, and a {@value #WHOLE_RUN} row sums
 * the stages.
 */
public final class BenchRunner {
  /** The row that sums every stage but the floor at one scale: the whole pipeline run. */
  public static final String WHOLE_RUN = "run";

  /** What to run: N, the scales (multiples of N), warm-up size, files per corpus, where corpora go. */
  public record Settings(int n, List<Integer> scales, int warmupArticles, int files, Path workDir) {
    public Settings {
      scales = List.copyOf(scales);
      if (n <= 0 || scales.isEmpty() || scales.stream().anyMatch(s -> s <= 0) || warmupArticles < 0 || files <= 0) {
        throw new BorderwatchException("bench needs n > 0, positive scales, warm-up >= 0 and files > 0; got n=" + n
            + ", scales=" + scales + ", warm-up=" + warmupArticles + ", files=" + files);
      }
    }
  }

  /** A stage as the benchmark sees it: something that runs over a corpus file. */
  public interface StageAction {
    void run(Path corpus);
  }

  public record Stage(String name, StageAction action) {}

  private final Settings settings;
  private final BenchCorpus corpus;

  public BenchRunner(Settings settings, BenchCorpus corpus) {
    this.settings = settings;
    this.corpus = corpus;
  }

  public List<StageTiming> run(Stage ioFloor, List<Stage> stages, Consumer<String> progress) {
    List<Stage> all = new ArrayList<>();
    all.add(ioFloor);
    all.addAll(stages);
    if (settings.warmupArticles() > 0) {
      Path warm = write(settings.warmupArticles(), "warmup").folder();
      progress.accept("warm-up: " + settings.warmupArticles() + " articles through " + names(all));
      all.forEach(s -> s.action().run(warm));
    }
    HeapProbe probe = new HeapProbe();
    List<StageTiming> timings = new ArrayList<>();
    for (int scale : settings.scales()) {
      int articles = settings.n() * scale;
      Written corpusFiles = write(articles, "n" + articles);
      List<StageTiming> pipeline = new ArrayList<>();
      for (Stage s : all) {
        System.gc();
        probe.reset();
        long start = System.nanoTime();
        s.action().run(corpusFiles.folder());
        double seconds = (System.nanoTime() - start) / 1e9;
        StageTiming t = new StageTiming(s.name(), scale, articles, corpusFiles.bytes(), seconds, probe.peakHeapMb(), probe.gcSeconds());
        progress.accept(String.format(java.util.Locale.ROOT, "%-9s x%-3d %7d articles %8.2fs %9.0f art/s",
            s.name(), scale, articles, seconds, t.articlesPerSecond()));
        timings.add(t);
        if (s != ioFloor) {
          pipeline.add(t);
        }
      }
      timings.add(new StageTiming(WHOLE_RUN, scale, articles, corpusFiles.bytes(),
          pipeline.stream().mapToDouble(StageTiming::seconds).sum(),
          pipeline.stream().mapToDouble(StageTiming::peakHeapMb).max().orElse(0),
          pipeline.stream().mapToDouble(StageTiming::gcSeconds).sum()));
    }
    return timings;
  }

  private record Written(Path folder, long bytes) {}

  private Written write(int articles, String name) {
    Path folder = settings.workDir().resolve("corpus-" + name);
    try {
      return new Written(folder, corpus.writeJsonl(articles, folder, settings.files()));
    } catch (IOException e) {
      throw new BorderwatchException("cannot write the benchmark corpus " + folder + ": " + e.getMessage(), e);
    }
  }

  private static String names(List<Stage> stages) {
    return String.join(", ", stages.stream().map(Stage::name).toList());
  }
}

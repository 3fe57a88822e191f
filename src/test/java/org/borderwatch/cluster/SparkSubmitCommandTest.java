package org.borderwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkSubmitCommandTest {
  private static final SparkDistribution SPARK = new SparkDistribution(Path.of("/opt/spark"));
  private static final Path JAR = Path.of("/work/borderwatch.jar");

  @Test
  void submitsTheJarInClientModeWithTheDriverOnLoopback() {
    List<String> command = SparkSubmitCommand.of(SPARK, "spark://127.0.0.1:7077", JAR, "2g")
        .withConf("spark.ui.enabled", "false")
        .command(List.of("run", "--out", "/tmp/out"));

    assertThat(command).as("java, heap, Spark's jars, SparkSubmit")
        .contains("-Xmx2g", "-cp", "/opt/spark/jars/*", "org.apache.spark.deploy.SparkSubmit");
    assertThat(command.subList(command.indexOf("org.apache.spark.deploy.SparkSubmit") + 1, command.size()))
        .as("spark-submit arguments, then the jar and the job")
        .containsExactly("--master", "spark://127.0.0.1:7077", "--deploy-mode", "client",
            "--class", "org.borderwatch.cli.Main", "--name", "borderwatch run",
            "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
            "--conf", "spark.ui.enabled=false",
            "/work/borderwatch.jar", "run", "--out", "/tmp/out");
  }

  @Test
  void theSubmitProcessGetsTheSparkEnvironment() {
    ProcessBuilder builder = SparkSubmitCommand.of(SPARK, "local[2]", JAR, "1g").processBuilder(List.of("run"));

    assertThat(builder.environment()).as("environment of the submit process")
        .containsEntry("SPARK_HOME", "/opt/spark")
        .containsEntry("SPARK_SCALA_VERSION", "2.12")
        .containsEntry("SPARK_LOCAL_IP", "127.0.0.1");
  }
}

package org.borderwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MasterStatusTest {
  /** The /json/ page of a Spark 3.5.6 Master with two workers and one running application. */
  private static final String RUNNING_APP = "/cluster/master-running-app.json";

  @Test
  void readsWorkersAndApplicationsFromTheMastersJson() throws IOException {
    MasterStatus status = MasterStatus.parse(resource(RUNNING_APP));

    assertThat(status.url()).as("master URL").isEqualTo("spark://127.0.0.1:39547");
    assertThat(status.state()).as("master state").isEqualTo("ALIVE");
    assertThat(status.aliveWorkers()).as("alive workers").isEqualTo(2);
    assertThat(status.cores()).as("cores").isEqualTo(2);
    assertThat(status.coresUsed()).as("cores used").isEqualTo(2);
    assertThat(status.activeApps()).as("running applications").containsExactly("app-20261125095511-0000");
    assertThat(status.completedApps()).as("finished applications").isEmpty();
  }

  @Test
  void aMasterWithoutWorkersHasNone() throws IOException {
    MasterStatus status = MasterStatus.parse("{\"url\":\"spark://127.0.0.1:7077\",\"workers\":[],\"aliveworkers\":0,"
        + "\"cores\":0,\"coresused\":0,\"activeapps\":[],\"completedapps\":[],\"status\":\"ALIVE\"}");

    assertThat(status.aliveWorkers()).as("alive workers").isZero();
    assertThat(status.activeApps()).as("running applications").isEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MasterStatusTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

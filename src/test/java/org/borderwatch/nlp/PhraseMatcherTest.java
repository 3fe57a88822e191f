package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  @Test
  void longestWholeWordMatchWhateverTheTypography() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Ukraine's military intelligence", "hur");
    m.add("military", "generic");
    m.add("shot down", "downed");
    String text = "Ukraine’s Military Intelligence said militaryx units shot  down a drone.";
    List<PhraseMatch<String>> found = m.find(Tokenizer.tokenize(text));
    assertThat(found).extracting(PhraseMatch::value).as("values").containsExactly("hur", "downed");
    assertThat(found.get(0).text(text)).as("span").isEqualTo("Ukraine’s Military Intelligence");
  }

  @Test
  void aWordQuotedInsideAPhraseLeavesItWhole() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("opened unprovoked fire", "clash");
    m.add("unprovoked", "word");
    String text = "Border troops opened \"unprovoked\" fire and then opened “unprovoked” fire again; \"unprovoked\" it was.";
    List<PhraseMatch<String>> found = m.find(Tokenizer.tokenize(text));
    assertThat(found).extracting(PhraseMatch::value).as("values").containsExactly("clash", "clash", "word");
    assertThat(found.get(0).text(text)).as("span").isEqualTo("opened \"unprovoked\" fire");
  }

  @Test
  void splitterKeepsAbbreviationsAndBreaksAtLines() {
    String text = "Headline without a stop\nGen. Ivanov said so. \"We won,\" he said. Then it ended";
    List<Sentence> s = new RuleSentenceSplitter().split(text);
    assertThat(s).extracting(x -> x.text(text)).as("sentences")
        .containsExactly("Headline without a stop", "Gen. Ivanov said so.", "\"We won,\" he said.", "Then it ended");
  }
}

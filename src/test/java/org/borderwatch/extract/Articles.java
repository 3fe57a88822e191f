package org.borderwatch.extract;

import java.time.LocalDate;

/** Hand-written test articles (the project's own text). */
final class Articles {
  private Articles() {}

  /** Published on Tuesday 2023-05-23; the incursion is on Monday 2023-05-22. */
  static final LocalDate BORDER_RAID_PUBLISHED = LocalDate.of(2023, 5, 23);

  static final String BORDER_RAID = """
      Russian fighters loyal to Kyiv claim 'liberation' of border villages

      KYIV – The Freedom of Russia Legion and the Russian Volunteer Corps, two armed groups of Russian citizens who fight for Ukraine, said on Monday that they had entered Russia's Belgorod region.

      "Our units liberated the villages of Kozinka and Gora-Podol. We keep moving," the Russian Volunteer Corps wrote on Telegram.

      Belgorod governor Vyacheslav Gladkov said a sabotage group of the Ukrainian Armed Forces had entered the Graivoron district.

      Ukrainian military intelligence said the fighters were Russian citizens. The claims could not be independently verified.

      On Tuesday, Gladkov said a drone was shot down by local air defence over Belgorod. He later added that Ukrainian artillery shelled Shebekino from the Kharkiv region.
      """;
}

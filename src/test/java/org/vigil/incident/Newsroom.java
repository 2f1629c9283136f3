package org.vigil.incident;

import org.vigil.incident.Incident.DatePrecision;
import org.vigil.incident.Incident.Outcome;
import org.vigil.incident.Incident.ResponseAction;

import java.util.List;

/**
 * Per-article incident records, as the extractor reports them, from a small news cycle: three outlets
 * report the killing of a former Afghan police commander in Tehran (spelling his name three ways and
 * disagreeing by a day on the date); a later article about a killing in Mashhad refers back to it; a
 * second article reports the Mashhad killing with the victim's surname only; and two unrelated incidents
 * happen in Tehran, one on the same day with a different victim and one a week later.
 */
final class Newsroom {

    static final String AMU_URL = "https://amu.tv/2025/12/04/former-commander-killed-tehran";
    static final String AFINTL_URL = "https://www.afintl.com/en/202512044512";
    static final String KABULNOW_URL = "https://kabulnow.com/2025/12/gholamy-killed-in-tehran/";
    static final String HASHT_URL = "https://8am.media/eng/mashhad-wardak-assassination/";
    static final String RFE_URL = "https://www.rferl.org/a/afghanistan-iran-mashhad-wardak/33650001.html";
    static final String ETILAAT_URL = "https://www.etilaatroz.com/en/2025/12/11/tehran-karimi-shot/";
    static final String IRAN_WIRE_URL = "https://iranwire.com/en/news/rahimi-detained-tehran/";

    static final String AFINTL_TEXT = """
            A former senior Afghan police commander, Ikramuddin Gholami, was shot dead in Tehran's Valiasr \
            district on Wednesday evening, his family said.

            Gholami, who served as police chief of Baghlan province before the Taliban took power in 2021, had \
            lived in Iran for three years. His brother alleged that Taliban intelligence agencies were responsible. \
            No group has formally claimed responsibility for the killing.

            Iranian police said they were examining the circumstances of the shooting.""";

    static final String AMU_TEXT = """
            Ekramuddin Ghulami, a former police commander of the Republic, was killed in a shooting in Tehran on \
            Thursday, sources told Amu.

            The sources said two gunmen on a motorcycle opened fire on him near his home.""";

    static final String KABULNOW_TEXT = """
            Ikramuddin Gholamy, a former police chief of Baghlan, was assassinated in Tehran on December 3, \
            relatives told KabulNow. One of his bodyguards was wounded in the attack.

            Police in Tehran have not released further details.""";

    static final String RFE_TEXT = """
            Gen. Abdul Rahim Wardak, a former Afghan army officer, was shot dead in Mashhad on January 8, his \
            relatives said. The killing comes a month after the assassination of Ikramuddin Gholami, a former \
            police commander, in Tehran in December.

            Iranian authorities have opened an investigation.""";

    static final String HASHT_TEXT = """
            Former army general Wardak was killed by unknown gunmen in Mashhad on Thursday, January 8, \
            according to his family.""";

    static final String ETILAAT_TEXT = """
            Mohammad Nabi Karimi, a former intelligence officer, was shot and wounded in Tehran on December 10, \
            his son said.""";

    static final String IRAN_WIRE_TEXT = """
            Sayed Ahmad Rahimi, a former Afghan army officer, was shot dead in Tehran on December 3 by \
            unidentified men, his colleagues said.""";

    static Incident afIntl() {
        return Reported.main("inc-4b1f0c2e9a7d3e01", AFINTL_URL, "Afghanistan International", "2025-12-04", AFINTL_TEXT)
                .type(Incident.Type.ASSASSINATION, Incident.Method.FIREARM, "was shot dead")
                .date("2025-12-03", DatePrecision.DAY, "on Wednesday evening")
                .tehran("Valiasr", "in Tehran's Valiasr district")
                .victim("Ikramuddin Gholami", "former senior police commander", Outcome.KILLED)
                .killed(1)
                .alleged("Taliban intelligence agencies", "his brother")
                .noClaim("No group has formally claimed responsibility for the killing.")
                .response("Iranian police", ResponseAction.INVESTIGATION, "examining the circumstances")
                .confidence(0.9)
                .build();
    }

    static Incident amu() {
        return Reported.main("inc-0d93a1c7e5b24f66", AMU_URL, "Amu TV", "2025-12-04T18:30:00Z", AMU_TEXT)
                .type(Incident.Type.SHOOTING, Incident.Method.FIREARM, "was killed in a shooting")
                .date("2025-12-04", DatePrecision.DAY, "on Thursday")
                .tehran(null, "in Tehran")
                .victim("Ekramuddin Ghulami", "former police commander", Outcome.KILLED)
                .killed(1)
                .build();
    }

    static Incident kabulNow() {
        return Reported.main("inc-e27c55b0f1d84a93", KABULNOW_URL, "KabulNow", "2025-12-05T07:10:00+04:30", KABULNOW_TEXT)
                .type(Incident.Type.ASSASSINATION, Incident.Method.UNKNOWN, "was assassinated")
                .date("2025-12-03", DatePrecision.DAY, "on December 3")
                .tehran(null, "in Tehran")
                .victim("Ikramuddin Gholamy", "former police chief of Baghlan", Outcome.KILLED)
                .victim(null, "bodyguard", Outcome.INJURED)
                .killed(1)
                .injured(1)
                .response("Police in Tehran", ResponseAction.NO_COMMENT, "have not released further details")
                .build();
    }

    /** RFE/RL's article on the Mashhad killing also refers back to the Tehran killing. */
    static Incident rfeTehranReference() {
        return Reported.reference("inc-71aa0e4c2b9d5f18", RFE_URL, "RFE/RL", "2026-01-09", RFE_TEXT)
                .type(Incident.Type.ASSASSINATION, Incident.Method.UNKNOWN, "the assassination of Ikramuddin Gholami")
                .date("2025-12", DatePrecision.MONTH, "in December")
                .tehran(null, "in Tehran in December")
                .victim("Ikramuddin Gholami", "former police commander", Outcome.KILLED)
                .confidence(0.6)
                .build();
    }

    static Incident rfeMashhad() {
        return Reported.main("inc-9c3e2f7a6d1b0e45", RFE_URL, "RFE/RL", "2026-01-09", RFE_TEXT)
                .type(Incident.Type.ASSASSINATION, Incident.Method.FIREARM, "was shot dead in Mashhad")
                .date("2026-01-08", DatePrecision.DAY, "on January 8")
                .place("Iran", "IR", "Razavi Khorasan", "Mashhad", null, 36.2605, 59.6168, "in Mashhad")
                .victim("Abdul Rahim Wardak", "former Afghan army officer", Outcome.KILLED)
                .killed(1)
                .relatedEarlier("inc-71aa0e4c2b9d5f18")
                .response("Iranian authorities", ResponseAction.INVESTIGATION, "opened")
                .build();
    }

    static Incident hashtMashhad() {
        return Reported.main("inc-2f6b8d0e4a1c9e37", HASHT_URL, "Hasht-e Subh", "2026-01-08T21:00:00Z", HASHT_TEXT)
                .type(Incident.Type.SHOOTING, Incident.Method.FIREARM, "was killed by unknown gunmen")
                .date("2026-01-08", DatePrecision.DAY, "on Thursday, January 8")
                .place("Iran", "IR", "Razavi Khorasan", "Mashhad", null, 36.2605, 59.6168, "in Mashhad")
                .victim("Wardak", "former army general", Outcome.KILLED)
                .killed(1)
                .build();
    }

    /** A different man shot in Tehran a week after Gholami. */
    static Incident etilaatKarimi() {
        return Reported.main("inc-5e0a9b3c7f2d1a88", ETILAAT_URL, "Etilaatroz", "2025-12-11", ETILAAT_TEXT)
                .type(Incident.Type.SHOOTING, Incident.Method.FIREARM, "was shot and wounded")
                .date("2025-12-10", DatePrecision.DAY, "on December 10")
                .tehran(null, "in Tehran")
                .victim("Mohammad Nabi Karimi", "former intelligence officer", Outcome.INJURED)
                .injured(1)
                .build();
    }

    /** A different man killed in Tehran on the same day as Gholami. */
    static Incident iranWireRahimi() {
        return Reported.main("inc-1a7d4e9f0c3b6a52", IRAN_WIRE_URL, "IranWire", "2025-12-04T09:00:00Z", IRAN_WIRE_TEXT)
                .type(Incident.Type.SHOOTING, Incident.Method.FIREARM, "was shot dead")
                .date("2025-12-03", DatePrecision.DAY, "on December 3")
                .tehran(null, "in Tehran")
                .victim("Sayed Ahmad Rahimi", "former Afghan army officer", Outcome.KILLED)
                .killed(1)
                .build();
    }

    static List<Incident> all() {
        return List.of(afIntl(), amu(), kabulNow(), rfeTehranReference(), rfeMashhad(), hashtMashhad(),
                etilaatKarimi(), iranWireRahimi());
    }

    private Newsroom() {
    }
}

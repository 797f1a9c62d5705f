package es.tgss.casia.web.limite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: lock times are checked exactly, without waiting. */
public final class RelojDePrueba extends Clock {

    private Instant ahora = Instant.parse("2026-11-30T10:00:00Z");

    public void avanzar(Duration d) {
        ahora = ahora.plus(d);
    }

    @Override
    public Instant instant() {
        return ahora;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zona) {
        throw new UnsupportedOperationException();
    }
}

package es.tgss.casia.emision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatosJustificanteTest {

    @Test
    void laDocumentacionComplementariaSinDocumentosNoEsUnJustificante() {
        DatosJustificante base = Justificantes.complementaria();
        assertThatThrownBy(() -> new DatosJustificante(
                        base.clase(),
                        base.numeroCaso(),
                        base.apertura(),
                        base.numeroAutorizacion(),
                        base.razonSocial(),
                        base.usuarioAlta(),
                        base.tipo(),
                        base.materia(),
                        base.categoria(),
                        base.subcategoria(),
                        base.titulo(),
                        List.of(),
                        base.emision()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elSha256DeUnDocumentoEsElHexadecimalDeSiempre() {
        String bueno = Justificantes.sha256("x");
        assertThatThrownBy(() -> new DocumentoDelJustificante("t", "tipo", "f.pdf", 1, bueno.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentoDelJustificante("t", "tipo", "f.pdf", 1, bueno.substring(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentoDelJustificante("t", "tipo", "f.pdf", -1, bueno))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

-- wrk script: API alta of a Consulta, each request with its own Idempotency-Key (as payroll software sends it).
-- Run by alta-api.sh, which makes the token (CASIA_TOKEN) and runs pgbench first as the baseline.
-- Counts the answers that are not 201, so that a benchmark of errors cannot pass for one of altas.

local hilos = {}
local contador = 0

function setup(hilo)
  contador = contador + 1
  hilo:set("hilo", contador)
  table.insert(hilos, hilo)
end

function init(args)
  peticiones = 0
  fallos = 0
  token = os.getenv("CASIA_TOKEN")
  cuerpo = [[{"tipo":"CONSULTA","materia":"COTIZACION","categoria":"CON_COT_BASES_TIPOS","subcategoria":null,]]
    .. [["afectaPeriodoEnCurso":false,"titulo":"Base mínima del grupo 7 en 2026",]]
    .. [["descripcion":"¿Qué base mínima de cotización se aplica en 2026 al grupo 7 a tiempo completo?"}]]
  prefijo = "wrk-" .. os.time() .. "-" .. hilo .. "-"
end

function request()
  peticiones = peticiones + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefijo .. peticiones,
  }, cuerpo)
end

function response(estado, cabeceras, respuesta)
  if estado ~= 201 then
    fallos = fallos + 1
    if fallos <= 3 then
      io.stderr:write("estado " .. estado .. ": " .. string.sub(respuesta, 1, 300) .. "\n")
    end
  end
end

function done(resumen, latencia, peticiones)
  local f = 0
  for _, hilo in ipairs(hilos) do
    f = f + hilo:get("fallos")
  end
  io.write(string.format("respuestas distintas de 201: %d de %d\n", f, resumen.requests))
  for _, p in ipairs({50, 90, 95, 99, 99.9}) do
    io.write(string.format("p%s %.1f ms\n", p, latencia:percentile(p) / 1000))
  end
end

"""Runs from the watch (files and Strava), in Spanish (issue 24)."""

PHRASES: dict[str, str] = {
    'activity_logged': '✅ {summary}',
    'activity_logged_on': '✅ {day}: {summary}',
    'activity_completed': '✅ Completé tu entreno del {day} con los datos del reloj: {summary}',
    'activity_updated': '✏️ Actualicé tu entreno del {day} desde Strava: {summary}',
    'activity_deleted': '🗑️ Borraste en Strava tu entreno del {day} ({distance} km): también lo borré aquí.',
    'activity_summary': '{distance} {unit} en {time} ({pace}/{unit})',
    'activity_summary_untimed': '{distance} {unit} (el archivo no trae tiempos, así que no tengo ritmo)',
    'activity_climb': '+{gain} m',
    'activity_hr': 'FC media {hr}',
    'activity_fastest_km': 'el km más rápido el {index} ({pace})',
    'activity_fastest_mile': 'la milla más rápida la {index} ({pace})',
    'activity_intervals': 'Series: {laps}',
    'activity_note_race_evidence': '🏁 La guardé como carrera: cuenta para calcular tu forma (VDOT).',
    'activity_note_easy_at_threshold': '⚠️ Ojo: era un rodaje suave, pero tu FC media ({hr}) fue de umbral '
                                       '(≥ {limit} para tu edad). Los suaves van lentos de verdad: ahí se '
                                       'construye la base sin cansarte para las series.',
    'activity_note_altitude': '⛰️ Con +{gain} m de subida y a {altitude} m de altura, ese ritmo corresponde a '
                              '~{flat}/{unit} en plano a nivel del mar.',
    'activity_note_altitude_only': '⛰️ A {altitude} m de altura, ese ritmo corresponde a ~{flat}/{unit} a nivel del mar.',
    'activity_unreadable_not_an_activity': 'Ese archivo no es un entreno que pueda leer 🤔. Mándame el '
                                           '.fit, .gpx o .tcx de tu reloj o app (también en .zip, como lo '
                                           'exportan Garmin y Strava).',
    'activity_unreadable_corrupt': 'No pude leer ese archivo: parece dañado o incompleto 😕. ¿Lo exportas de '
                                   'nuevo y me lo mandas?',
    'activity_unreadable_empty': 'El archivo llegó vacío 😕. ¿Me lo mandas otra vez?',
    'activity_unreadable_too_big': 'Ese archivo es demasiado grande para ser un entreno (máx. {mb} MB). '
                                   'Mándame solo el .fit, .gpx o .tcx de esa corrida.',
    'activity_unreadable_no_distance': 'Ese archivo no trae distancia ni recorrido GPS, así que no puedo '
                                       'registrarlo. Si quieres, escríbeme los km y el tiempo.',
    'activity_download_failed': 'No pude descargar tu archivo de WhatsApp 😕. ¿Me lo mandas otra vez?',
    'activity_not_a_run': 'Ese archivo es de {sport}, no de trote: no lo sumo a tus km de carrera. '
                          'Si quieres, dime los minutos y lo anoto como entrenamiento cruzado.',
    'activity_sport_cycling': 'bici',
    'activity_sport_swimming': 'natación',
    'activity_sport_walking': 'caminata',
    'activity_sport_other': 'otro deporte',
    'activity_needs_profile': 'Antes de registrar archivos de tu reloj necesito conocerte un poco: '
                              'escríbeme «hola» y empezamos 🙂.',
    'activity_rejected': 'No registré ese archivo: {reason}.',
    'strava_not_set_up': 'La conexión con Strava todavía no está activada en este coach. Mientras tanto, '
                         'mándame el .fit, .gpx o .tcx de tu entreno por aquí y lo registro.',
    'strava_connect_link': '🔗 Para conectar Strava abre este enlace y acepta (dura {minutes} minutos):\n{url}\n'
                           'Desde ahí, cada trote que subas a Strava me llega solo.',
    'strava_connected': '✅ ¡Strava conectado! Desde ahora cada trote que subas me llega solo.',
    'strava_disconnected': 'Desconectaste Strava: ya no recibo tus actividades ni guardo tus claves. '
                           'Tus entrenos registrados siguen aquí.',
}

REASONS: dict[str, str] = {
    'activity_not_a_run': 'es una actividad de {sport}, no de trote',
}

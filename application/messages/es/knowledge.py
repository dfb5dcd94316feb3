"""Running questions and out-of-scope messages in Spanish (the answers themselves live in
application/coach/knowledge/topics, one bilingual entry per topic)."""

PHRASES: dict[str, str] = {
    'knowledge_answer': '{answer}\n\n🩺 {professional}',
    'knowledge_not_found': 'Esa no me la sé bien todavía. Puedo explicarte ritmos (suave, umbral, intervalos, '
                           'VDOT), el fondo, hidratación, alimentación, zapatos, calentamiento, sueño o '
                           'molestias comunes. ¿Me lo preguntas de otra forma?',
    'knowledge_clarify': '¿Sobre cuál de estos temas me preguntas?',
    'out_of_scope': 'Soy tu entrenador de running, así que en eso no te puedo ayudar 🙏. Lo que sí puedo: '
                    'registrar tus entrenos, armarte un plan, decirte qué toca hoy y resolver dudas de '
                    'running (ritmos, fondo, hidratación, zapatos…).',
    'out_of_scope_medical': 'Eso lo tiene que ver un médico: yo no puedo dar diagnósticos ni recetar. Si es una '
                            'molestia al correr, cuéntame dónde te duele y ajusto tu plan.',
}

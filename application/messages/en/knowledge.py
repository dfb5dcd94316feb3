"""Running questions and out-of-scope messages in English (the answers themselves live in
application/coach/knowledge/topics, one bilingual entry per topic)."""

PHRASES: dict[str, str] = {
    'knowledge_answer': '{answer}\n\n🩺 {professional}',
    'knowledge_not_found': "I don't have a good answer for that one yet. I can explain paces (easy, threshold, "
                           'intervals, VDOT), the long run, hydration, nutrition, shoes, warm-up, sleep or '
                           'common aches. Could you ask it another way?',
    'knowledge_clarify': 'Which of these are you asking about?',
    'out_of_scope': "I'm your running coach, so I can't help with that one 🙏. What I can do: log your runs, "
                    "build you a plan, tell you what's on today and answer running questions (paces, long "
                    'runs, hydration, shoes…).',
    'out_of_scope_medical': "That one is for a doctor: I can't diagnose or prescribe. If it's an ache from "
                            "running, tell me where it hurts and I'll adjust your plan.",
}

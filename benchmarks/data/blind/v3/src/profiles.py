def P(conv, name, age, tz, units, goal, dpw, days, level, wk, lr, recent, inj):
    return {"conv": conv, "lang": conv[:2], "name": name, "age": age, "timezone": tz, "units": units,
            "goal_race": goal, "days_per_week": dpw, "preferred_days": days, "level": level,
            "weekly_km": wk, "longest_run_km": lr, "recent_race": recent, "injuries_at_start": inj}
def G(km, name, date, t): return {"distance_km": km, "name": name, "date": date, "goal_time": t}
def R(km, t, m): return {"distance_km": km, "time": t, "month": m}
def I(bp, side, note, cur=False): return {"body_part": bp, "side": side, "note": note, "current": cur}
GYE = "America/Guayaquil"
PROFILES = [
P("es-01","Luis Chicaiza",52,GYE,"km",G(10.0,"10K Quito de Noche","2026-12-13","1:05:00"),3,["mon","wed","sat"],"beginner",15,8,R(5,"0:31:40","2026-10"),[I("knee","left","meniscus surgery 2015, no pain now")]),
P("es-02","Gabriela Montalvo",38,GYE,"km",G(21.0975,"Media Maratón de Cuenca","2027-03-07","1:55:00"),4,["tue","thu","sat","sun"],"intermediate",30,14,R(10,"0:52:30","2026-09"),[]),
P("es-03","Kevin Quiñónez",22,GYE,"km",G(15.0,"15K Guayaquil","2026-12-20","1:25:00"),4,["mon","wed","fri","sun"],"intermediate",25,12,R(10,"0:54:10","2026-08"),[]),
P("es-04","Rosa Elena Pilataxi",63,GYE,"km",G(5.0,"5K Mama Negra","2026-12-06",None),3,["mon","wed","sat"],"beginner",8,3,None,[]),
P("es-05","Andrés Vintimilla",29,GYE,"km",G(8.0,"8K Fundación de Cuenca","2026-12-13","0:38:00"),4,["mon","tue","thu","fri"],"beginner",20,10,R(5,"0:22:30","2026-10"),[]),
P("es-06","Mishell Andrade",33,GYE,"km",None,3,["mon","wed","sat"],"beginner",12,5,None,[I("other",None,"C-section April 2026, cleared for exercise")]),
P("es-07","Darwin Tapia",35,GYE,"km",G(32.0,"Ultra Trail Napo 32K","2027-01-17","4:00:00"),6,["mon","tue","wed","thu","sat","sun"],"advanced",60,25,R(21,"2:15:00","2026-09"),[]),
P("es-08","Efraín Cedeño",47,GYE,"km",G(12.0,"12K Portoviejo","2026-12-12","1:10:00"),4,["mon","wed","fri","sat"],"intermediate",25,12,R(10,"0:58:20","2026-09"),[]),
P("es-09","Joselyn Cevallos",15,GYE,"km",G(3.0,"3K Intercolegial Machala","2026-12-04","0:13:30"),4,["mon","tue","thu","sat"],"intermediate",18,7,R(3,"0:14:20","2026-10"),[]),
P("es-10","Fernando Salazar",41,GYE,"km",G(25.0,"25K Ruta Histórica de Quito","2027-01-31","2:05:00"),5,["mon","tue","thu","fri","sun"],"advanced",55,28,R(21.0975,"1:38:40","2026-10"),[I("heel","right","plantar fasciitis 2024, healed")]),
P("es-11","Bryan Tomalá",26,GYE,"km",None,3,["mon","wed","fri"],"intermediate",20,10,None,[]),
P("es-12","Patricio Benalcázar",56,GYE,"km",G(30.0,"30K Esmeraldas Costa Verde","2027-02-14","3:15:00"),4,["mon","wed","thu","sun"],"intermediate",35,18,R(21.0975,"2:05:00","2026-07"),[]),
P("es-13","Diana Yépez",27,GYE,"km",G(5.0,"5K Machala","2026-12-19",None),3,["mon","wed","sat"],"beginner",10,5,None,[]),
P("en-01","Mike Harrington",45,"America/Denver","mi",G(42.195,"Houston Marathon","2027-01-17","3:20:00"),6,["mon","tue","wed","thu","sat","sun"],"advanced",88.5,32.19,R(21.0975,"1:33:10","2026-10"),[]),
P("en-02","Tyler Brooks",19,"America/Chicago","mi",G(8.0,"Turkey Trot 8K","2026-11-26","0:32:00"),5,["mon","tue","wed","thu","sat"],"intermediate",32.2,12.87,R(5,"0:19:40","2026-09"),[]),
P("en-03","Priya Nair",34,"Europe/London","km",G(21.0975,"Brighton Half Marathon","2027-02-28","1:50:00"),4,["mon","wed","fri","sun"],"intermediate",35,16,R(10,"0:50:05","2026-09"),[I("foot","left","stress fracture 2022, healed")]),
P("en-04","Dale Whitaker",61,"Australia/Sydney","km",None,3,["mon","wed","sat"],"beginner",12,5,R(5,"0:31:20","2026-10"),[]),
P("en-05","Samantha Ortiz",28,"America/New_York","mi",G(16.09,"Key Biscayne 10 Miler","2027-01-10","1:25:00"),4,["mon","wed","sat","sun"],"intermediate",35.4,14.48,R(10,"0:51:30","2026-10"),[]),
P("en-06","Gary Kowalski",58,"America/Chicago","mi",G(21.0975,"Chicago Spring Half","2027-05-23","2:05:00"),4,["mon","tue","thu","sat"],"intermediate",32.2,16.09,R(10,"0:58:40","2026-09"),[]),
P("en-07","Hannah Becker",30,GYE,"km",G(15.0,"Quito 15K","2026-12-06","1:30:00"),4,["mon","wed","fri","sun"],"intermediate",30,13,R(10,"0:55:00","2026-08"),[I("knee","right","ACL reconstruction 2019, no pain now")]),
P("en-08","Marcus Johnson",39,"America/Toronto","km",None,5,["mon","tue","thu","fri","sun"],"advanced",50,22,R(42.195,"3:12:00","2026-10"),[]),
P("en-09","Aiko Tanaka",24,"Asia/Singapore","km",G(42.195,"Tokyo Marathon","2027-03-07","3:59:00"),5,["mon","wed","thu","sat","sun"],"intermediate",40,21,R(21.0975,"1:52:30","2026-10"),[]),
]
OFFSETS = {"America/Guayaquil":"-05:00","America/Denver":"-07:00","America/Chicago":"-06:00","Europe/London":"+00:00",
           "Australia/Sydney":"+11:00","America/New_York":"-05:00","America/Toronto":"-05:00","Asia/Singapore":"+08:00"}

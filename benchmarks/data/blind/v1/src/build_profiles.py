import json
def inj(part, side, note, current=False): return {"body_part": part, "side": side, "note": note, "current": current}
def goal(km, name, date, t): return {"distance_km": km, "name": name, "date": date, "goal_time": t}
def rr(km, t, m): return {"distance_km": km, "time": t, "month": m}
HM, M = 21.0975, 42.195
P = [
 ("es-01","es","Carolina Vásquez",34,"America/Guayaquil","km",goal(15.0,"Últimas Noticias 15K","2026-12-06","1:25:00"),4,["tue","thu","sat","sun"],"intermediate",30,12,rr(10,"0:54:30","2026-09"),[inj("ankle","right","sprain 2023, healed, no pain")]),
 ("es-02","es","Jorge Andrade",45,"America/Guayaquil","km",goal(10.0,"10K Guayaquil Corre","2026-12-13","1:10:00"),3,["mon","wed","sat"],"beginner",12,5,rr(5,"0:34:10","2026-08"),[]),
 ("es-03","es","María José Cevallos",28,"America/Guayaquil","km",goal(M,"Maratón de Sevilla","2027-02-21","2:58:00"),6,["mon","tue","wed","thu","sat","sun"],"advanced",70,28,rr(HM,"1:22:40","2026-10"),[inj("knee","left","ACL reconstruction 2019, no pain now")]),
 ("es-04","es","Luis Paredes",52,"America/Guayaquil","km",goal(HM,"Medio Maratón de Loja","2027-01-31","2:10:00"),4,["tue","thu","sat","sun"],"intermediate",25,12,rr(10,"1:02:15","2026-07"),[inj("back",None,"occasional low-back pain (lumbalgia), controlled, not bothering now")]),
 ("es-05","es","Andrea Ortiz",19,"America/Guayaquil","km",goal(5.0,"5K Ambato","2026-11-29","0:35:00"),3,["mon","wed","fri"],"beginner",8,4,None,[]),
 ("es-06","es","Santiago Mora",38,"America/Guayaquil","km",goal(30.0,"Trail Pasochoa 30K","2026-12-12","4:00:00"),5,["tue","wed","thu","sat","sun"],"advanced",60,25,rr(21.0,"2:35:00","2026-10"),[inj("foot","right","plantar fasciitis 2024, resolved")]),
 ("es-07","es","Gabriela Salazar",41,"America/Guayaquil","km",goal(HM,"Medio Maratón de Salinas","2027-01-17","2:05:00"),4,["tue","thu","sat","sun"],"intermediate",35,16,rr(10,"0:58:20","2026-10"),[inj("achilles","left","tendinitis 2022, resolved")]),
 ("es-08","es","Diego Castillo",26,"America/Guayaquil","km",goal(15.0,"Últimas Noticias 15K","2026-12-06","1:05:00"),5,["mon","tue","wed","thu","sat"],"intermediate",40,18,rr(10,"0:43:50","2026-10"),[]),
 ("es-09","es","Rosa Chimbo",47,"America/Guayaquil","km",None,3,["tue","thu","sat"],"beginner",10,5,None,[inj("knee","right","meniscus surgery 2021, no pain now")]),
 ("es-10","es","Pablo Jaramillo",33,"America/Guayaquil","km",goal(30.0,"Carrera 30K El Cajas","2027-01-24","2:45:00"),5,["mon","tue","thu","sat","sun"],"intermediate",45,21,rr(HM,"1:42:30","2026-09"),[inj("heel","left","plantar fasciitis since August, mild morning pain",True)]),
 ("es-11","es","Daniela Herrera",30,"America/Guayaquil","km",goal(8.0,"Ruta de las Iglesias 8K","2026-12-20","0:50:00"),4,["mon","wed","fri","sun"],"beginner",20,8,rr(5,"0:31:10","2026-10"),[]),
 ("es-12","es","Fernando Ruiz",60,"America/Guayaquil","km",goal(10.0,"Carrera Nocturna 10K Ambato","2026-12-05","0:58:00"),4,["tue","thu","sat","sun"],"intermediate",30,14,rr(10,"0:59:40","2026-06"),[inj("hamstring","right","tear 2024, recovered")]),
 ("es-13","es","Valeria Pazmiño",24,"America/Guayaquil","km",goal(HM,"21K Samborondón","2027-02-07","1:59:00"),4,["tue","thu","sat","sun"],"intermediate",28,12,rr(10,"0:55:10","2026-09"),[]),
 ("es-14","es","Marco Villacís",37,"America/Guayaquil","km",None,5,["mon","tue","thu","sat","sun"],"advanced",55,22,rr(M,"3:12:40","2026-10"),[inj("foot","right","metatarsal stress fracture 2022, healed")]),
 ("en-01","en","Emily Carter",29,"America/Denver","mi",goal(16.09,"Snowman Shuffle 10 Miler","2026-12-12","1:22:00"),5,["mon","tue","thu","sat","sun"],"intermediate",40,16.09,rr(HM,"1:53:20","2026-09"),[inj("knee","left","IT band syndrome 2025, fine now")]),
 ("en-02","en","Mike Donnelly",55,"America/Chicago","mi",goal(HM,"Chicago Spring Half","2027-05-23","2:15:00"),4,["tue","thu","sat","sun"],"beginner",24,9.66,rr(5,"0:29:40","2026-10"),[inj("knee","right","arthroscopy (scope) 2015, no pain")]),
 ("en-03","en","Priya Nair",35,"Europe/London","km",goal(M,"London Marathon","2027-04-25","2:59:00"),6,["mon","tue","wed","thu","sat","sun"],"advanced",65,30,rr(HM,"1:23:30","2026-10"),[inj("foot","left","plantar fasciitis 2023, resolved")]),
 ("en-04","en","Tom Becker",42,"America/Guayaquil","km",goal(15.0,"Últimas Noticias 15K","2026-12-06","1:15:00"),4,["tue","thu","sat","sun"],"intermediate",32,14,rr(10,"0:49:30","2026-10"),[inj("hamstring","right","strain 2024, fine now")]),
 ("en-05","en","Jess Walker",22,"America/Los_Angeles","mi",goal(5.0,"Turkey Trot 5K","2026-11-26","0:30:00"),3,["mon","wed","sat"],"beginner",13,4.83,None,[]),
 ("en-06","en","Liam O'Sullivan",31,"Europe/Dublin","km",goal(21.1,"Glendalough Trail Half","2027-03-06","2:10:00"),4,["tue","thu","sat","sun"],"intermediate",35,15,rr(10,"0:44:10","2026-09"),[inj("ankle","right","sprain 2024, healed")]),
 ("en-07","en","Sarah Kim",38,"Australia/Sydney","km",goal(10.0,"Bondi 10K","2026-12-13","0:50:00"),4,["mon","wed","fri","sun"],"intermediate",30,12,rr(5,"0:23:50","2026-10"),[]),
 ("en-08","en","David Okafor",48,"America/Chicago","mi",goal(M,"Houston Marathon","2027-01-17","3:05:00"),6,["mon","tue","wed","thu","sat","sun"],"advanced",80,28.97,rr(HM,"1:25:40","2026-10"),[inj("shin","left","tibial stress fracture 2021, healed")]),
]
keys = ["conv","lang","name","age","timezone","units","goal_race","days_per_week","preferred_days","level","weekly_km","longest_run_km","recent_race","injuries_at_start"]
with open("profiles.jsonl","w",encoding="utf-8") as f:
    for p in P:
        assert len(p)==len(keys); d=dict(zip(keys,p)); assert len(d["preferred_days"])==d["days_per_week"], d["conv"]
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(P))

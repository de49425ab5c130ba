// Prints the Diwali table of core/temporal/calendar.cpp as JSON (year -> date), 1970-2050. Not part of
// the build: run it where the astronomy-engine package is installed (`npm install astronomy-engine`
// in a scratch folder, then `node diwali_dates.cjs` there).
//
// Diwali (Lakshmi Puja) for New Delhi: the evening (pradosh: sunset to 144 min after) on which the
// Amavasya tithi (moon-sun elongation 348-360 deg) prevails, of the first new moon after the sun
// enters sidereal Tula (Lahiri ayanamsa). If two evenings have it, the one it covers longer.
const A = require('astronomy-engine');
const obs = new A.Observer(28.6139, 77.2090, 216);
function ayanamsa(t) { const y = 2000 + (t - Date.UTC(2000,0,1,12)) / 31557600000; return 23.853 + (y - 2000) * 0.013969; }
function sidSun(t) { return ((A.SunPosition(new Date(t)).elon - ayanamsa(t)) % 360 + 360) % 360; }
function amavasya(t) { return A.MoonPhase(new Date(t)) >= 348; }
const out = {};  // when neither evening has the amavasya: the day of the new moon (1984, 2046)
for (let y = 1970; y <= 2050; ++y) {
  // Tula sankranti: sidereal sun reaches 180
  let t = Date.UTC(y, 9, 1);
  while (sidSun(t) < 180) t += 3600e3;
  const nm = A.SearchMoonPhase(0, new Date(t), 40).date.getTime();
  let best = null, bestCover = 0;
  for (let d = -2; d <= 2; ++d) {
    const day = new Date(nm + d * 86400e3);
    const ist = new Date(day.getTime() + 330 * 60e3);
    const midnightUTC = Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth(), ist.getUTCDate()) - 330*60e3;
    const sunset = A.SearchRiseSet(A.Body.Sun, obs, -1, new Date(midnightUTC), 1).date.getTime();
    let cover = 0;
    for (let m = 0; m < 144; ++m) if (amavasya(sunset + m * 60e3)) cover++;
    if (cover > bestCover) { bestCover = cover; best = new Date(midnightUTC + 330*60e3).toISOString().slice(0,10); }
  }
  if (!best) { const n = new Date(nm + 330*60e3); best = n.toISOString().slice(0,10); }
  out[y] = best;
}
console.log(JSON.stringify(out));

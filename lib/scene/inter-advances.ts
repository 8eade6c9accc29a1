// Written by scripts/fonts/write-label-metrics.ts from Inter's hmtx tables; do not edit.

/** The code points measured, as inclusive ranges: the characters the site's Inter carries. */
export const ADVANCE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2197, 0x2197],
  [0x2212, 0x2212],
];

/** Font units a em: an advance of 1229 units is 0.6 em. */
export const ADVANCE_UNITS = 2048;

/** The capitals' height in em (OS/2 sCapHeight): how far a line's letters stand above its baseline. */
export const CAP_HEIGHT = 0.7275390625;

/** The descenders' depth in em (OS/2 sTypoDescender): how far a line's letters reach below it. */
export const DESCENDER = 0.2412109375;

/**
 * By weight, each code point's advance in font units, in three base-36 digits, in the ranges'
 * order; `zzz` for one the font has no glyph for.
 */
export const ADVANCES = {
  400: '0g00gd0qi10110i1jv10n0h20kr0kr0si11n0ge0q60ge0ki0zw0n50yp0z510r0xr0za0w70z70za0ge0h611n11n11n0t31iy13911815k1520y70xl16g16a0fa0wh1280w61fe16v17i10c17i10m10i10q16c1391k212t12m0zs0kr0ki0kr0qt0py0id0vy0yu0wi0yu0x60l20yw0xn0ds0ds0v80ds1du0xm0y40yu0yu0lf0u10im0xn0vz1ak0v20vz0vf0o90ix0o911n0g00gd0wi0yr1580va0fd0wc0xm1g00pt0x511nzzz11w0r60px11n0p50pd0id0xc0ya0ge0f90hb0rg0x519n1c71e60t31391391391391391391kj15k0y70y70y70y70fa0fa0fa0fa15t16v17i17i17i17i17i11n17i16c16c16c16c12m1060z20vy0vy0vy0vy0vy0vy1g70wi0x60x60x60x60ds0ds0ds0ds0x50xm0y40y40y40y40y411n0y40xn0xn0xn0xn0vz0yu0vz0ke0ke10w0sg1kw1kw0r90pr0eu0eu0dq0eu0p20p20ny0p20ry0ry0w00w00ge0ws1d60ge23z2o30co0p611o0co0p611o0pw0lv0lv11x1ia1bg1ia1bg18411n',
  500: '0f60hb0s410c10r1ki1160ht0kz0kz0tm11z0h90qb0h90l110q0nm0z20zo11c0yb0zu0wi0zt0zu0h90hy11z11z11z0u01jw14c11d15q1520yb0xj16j16d0fi0wq1340w61fx17117m10i17q10v10r11516414c1l213v13m10g0kz0l10kz0r40qc0j60wb0z60wu0z60xf0ll0z90y80ec0ec0vt0ec1ej0y80yd0z60z60m00un0jd0y80wp1b60vp0wq0vt0p20jo0p211z0f60hb0wu0za15x0vo0go0wc0y81g00q00ym11zzzz11t0qg0q011z0ph0pv0j60y50y70h90h30hv0rl0ym1ah1cu1ew0u014c14c14c14c14c14c1l315q0yb0yb0yb0yb0fi0fi0fi0fi16a17117m17m17m17m17m11z17m16416416416413m10t0zu0wb0wb0wb0wb0wb0wb1g20wu0xf0xf0xf0xf0ec0ec0ec0ec0xg0y80yd0yd0yd0yd0yd11z0yd0y80y80y80y80wq0z60wq0m70m710v0sg1kw1kw0sw0q70fs0fs0em0fs0qy0qs0pn0qs0tp0tp0uc0uc0h90yj1fs0h92502pi0dn0r614o0dn0r614o0ro0mr0mr1291ia1ct1ia1ct18911z',
  600: '0ec0ia0tr10m1101l511p0ij0l80l80up12a0i50qh0i50lk11j0o20zg10711w0yu10e0ws10f10e0i50iq12a12a12a0ux1ku15e11i15x1530yg0xg16m16f0fr0wz1400w61gh17717q10p17z11411011k15v15e1m114y14l1140l80lk0l80re0qp0jz0wo0zi0x50zi0xn0m40zl0yu0ew0ew0we0ew1f80yt0yn0zi0zi0ml0v90k30yu0xe1br0wd0xh0w70pv0kf0pv12a0ec0ia0x50zt16m0w20hz0wc0yt1g00q710312azzz11r0pp0q212a0pt0qd0jz0yy0y50i50iw0if0rq1031ba1dh1fm0ux15e15e15e15e15e15e1ln15x0yg0yg0yg0yg0fr0fr0fr0fr16r17717q17q17q17q17q12a17q15v15v15v15v14l11f10m0wo0wo0wo0wo0wo0wo1fx0x50xn0xn0xn0xn0ew0ew0ew0ew0xs0yt0yn0yn0yn0yn0yn12a0yn0yu0yu0yu0yu0xh0zi0xh0o00o010t0sg1kw1kw0uj0qn0gq0gq0fi0gq0su0sj0rb0sj0vf0vf0sn0sn0i51091ie0i52612qx0en0t517o0en0t517o0tf0nn0nn12m1ia1e51ia1e518e12a',
} as const;

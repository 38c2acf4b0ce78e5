import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ErrorResponse, IdParams, ListOf } from '../../http/schema-helpers.js';
import type { RatingPadsService } from './rating-pads.service.js';
import { PadCurrent, PadListQuery, PadRateBody, PadView, PairedPad, PairPadBody, PAD_TOKEN_HEADER } from './rating-pads.schema.js';

const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const tokenOf = (q: FastifyRequest) => {
  const value = q.headers[PAD_TOKEN_HEADER];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/** 评价器 routes: pairing in the console; the pad's own two routes, guarded by its token (never a staff session). */
export function ratingPadsRoutes(app: FastifyInstance, pads: RatingPadsService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['rating pads 评价器'];

  r.get(
    '/api/rating-pads',
    { config: { permission: 'window.pad.manage' }, schema: { tags, summary: '评价器列表 Paired pads in scope', querystring: PadListQuery, response: { 200: ListOf(PadView), ...errorsOf } } },
    async (q) => ({ items: await pads.list(q.ctx, q.query.windowId) }),
  );
  r.post(
    '/api/rating-pads',
    { config: { permission: 'window.pad.manage' }, schema: { tags, summary: '配对 Pair a pad with a window (the token is shown once)', body: PairPadBody, response: { 200: PairedPad, ...errorsOf } } },
    async (q) => pads.pair(q.ctx, q.body),
  );
  r.post(
    '/api/rating-pads/:id/revoke',
    { config: { permission: 'window.pad.manage' }, schema: { tags, summary: '停用 Revoke a pad (its token stops working)', params: IdParams, response: { 200: PadView, ...errorsOf } } },
    async (q) => pads.revoke(q.ctx, q.params.id),
  );

  const padHeaders = Type.Object({ [PAD_TOKEN_HEADER]: Type.Optional(Type.String({ maxLength: 200, description: 'The pad token from pairing' })) });
  r.get(
    '/api/pad/current',
    { config: { public: true }, schema: { tags, summary: '评价器当前办件 The case just served at the pad\'s window (masked), or none', headers: padHeaders, response: { 200: PadCurrent, ...errorsOf } } },
    async (q) => pads.current(q.ctx, tokenOf(q)),
  );
  r.post(
    '/api/pad/ratings',
    { config: { public: true }, schema: { tags, summary: '评价器评价 Rate the case just served (once per case)', headers: padHeaders, body: PadRateBody, response: { 200: Type.Object({ ok: Type.Boolean(), level: Type.Integer() }), ...errorsOf } } },
    async (q) => pads.rate(q.ctx, tokenOf(q), q.body),
  );
}

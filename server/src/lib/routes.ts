import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { RouteSpec } from '#shared/contracts/common'
import { contextOf, type RequestContext } from '../plugins/context.ts'

type Part<S, K extends string> = S extends { [P in K]: infer T extends z.ZodType } ? z.output<T> : undefined

export type RouteInput<S extends RouteSpec> = {
  params: Part<S, 'params'>
  query: Part<S, 'query'>
  body: Part<S, 'body'>
}

type Handler<S extends RouteSpec> = (
  input: RouteInput<S>,
  ctx: RequestContext,
  http: { request: FastifyRequest; reply: FastifyReply },
) => z.input<S['response']> | null | undefined | Promise<z.input<S['response']> | null | undefined>

/**
 * Registers one route from its contract: the same zod schemas validate the request and serialise the reply, so
 * the server cannot answer with a field the contract does not name.
 */
export function addRoute<S extends RouteSpec>(
  app: FastifyInstance,
  spec: S,
  handler: Handler<S>,
  options: { public?: boolean } = {},
) {
  const status = spec.status ?? 200
  app.route({
    method: spec.method,
    url: spec.path,
    config: { public: options.public ?? false },
    schema: {
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      ...(status === 204 ? {} : { response: { [status]: spec.response } }),
    },
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body } as RouteInput<S>
      const result = await handler(input, contextOf(request), { request, reply })
      reply.code(status)
      return status === 204 ? reply.send() : result
    },
  })
}

import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import type { Viewer } from './auth.service';
import { accessFor, type Access } from './policy';
import { Role, SECOND_FACTOR_REQUIRED } from './roles';

const INTROSPECTION = new Set(['__schema', '__type', '__typename']);

/** The root fields an operation selects, through inline fragments and fragment spreads. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}

/** Whether `viewer` may run an operation with this access rule; the error says why not. */
export function decide(access: Access | undefined, viewer: Viewer | null, field: string): AppError | null {
  if (access === undefined) return new AppError(ErrorCode.FORBIDDEN, `"${field}" has no access policy and is refused`, { field });
  if (access === 'PUBLIC') return null;
  if (!viewer) return new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first; the session may have expired)', { field });
  // SESSION means any signed-in account; a gate device is not one.
  if (access === 'SESSION') return viewer.role === Role.DEVICE ? forbidden(viewer, field) : null;
  if (viewer.passwordExpired)
    return new AppError(ErrorCode.PASSWORD_EXPIRED, '密码已过期, 请先修改密码 (the password has expired; change it first)', { field });
  if (SECOND_FACTOR_REQUIRED.has(viewer.role) && !viewer.secondFactor) {
    return viewer.hasTotp
      ? new AppError(ErrorCode.UNAUTHENTICATED, '请重新登录并输入动态验证码 (sign in again with your authenticator code)', { field })
      : new AppError(
          ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED,
          '此角色须先绑定动态验证码 (this role must set up an authenticator first)',
          { field },
        );
  }
  if (!access.includes(viewer.role)) return forbidden(viewer, field);
  return null;
}

function forbidden(viewer: Viewer, field: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, `角色 ${viewer.role} 无权执行 ${field} (not permitted for this role)`, { field });
}

/**
 * Applies the policy table to every root field before anything executes, so an operation runs
 * whole or not at all. Refusals of signed-in callers are audited.
 */
export function authorizationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const type = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
          for (const field of rootFields(operation, document)) {
            if (INTROSPECTION.has(field)) continue;
            const error = decide(accessFor(type, field), contextValue.viewer, field);
            if (!error) continue;
            const viewer = contextValue.viewer;
            if (viewer) {
              await contextValue.services.securityEvents.record({
                action: 'authz.denied',
                outcome: 'denied',
                actor: { id: viewer.userId, username: viewer.username, role: viewer.role },
                targetType: 'operation',
                targetId: field,
                reason: String(error.extensions.code),
                request: contextValue.request,
              });
            }
            throw error;
          }
        },
      };
    },
  };
}

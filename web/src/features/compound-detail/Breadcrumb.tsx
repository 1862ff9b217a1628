'use client';

import Link from 'next/link';
import { listHref } from '@/features/compounds/list-params';
import { useI18n } from '@/i18n/LocaleProvider';
import type { CompoundDetail } from './types';

/** 区 › 街道 › 社区 › 小区; each level opens the compound list filtered to it. */
export function Breadcrumb({ compound }: { compound: CompoundDetail }) {
  const { t } = useI18n();
  const { district, street, community } = compound;
  const levels = [
    { key: 'district', name: district.name, href: listHref({ district: district.id }) },
    { key: 'street', name: street.name, href: listHref({ district: district.id, street: street.id }) },
    {
      key: 'community',
      name: community.name,
      href: listHref({ district: district.id, street: street.id, community: community.id }),
    },
  ];
  return (
    <nav aria-label={t.compound.breadcrumb} className="breadcrumb" data-testid="breadcrumb">
      <ol>
        {levels.map((level) => (
          <li key={level.key}>
            <Link href={level.href} data-testid={`breadcrumb-${level.key}`}>
              {level.name}
            </Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{compound.name}</span>
        </li>
      </ol>
    </nav>
  );
}

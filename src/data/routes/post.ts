/** /posts/<slug>/: every post with a page of its own, with its cover through the image pipeline or its link-preview card. */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { postsWithPages } from '../../community/listings.ts';
import type { Post } from '../../content/model.ts';
import { postInputs, postPageView, type PostInputs, type PostView } from '../../view-models/posts.ts';
import { coverOf } from '../entry-images.ts';
import { sharedPhoto } from '../shared-pictures.ts';
import { loadShareOptions, postPreviewCard } from '../preview-cards.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

/** The post's view, and its cover as the image pipeline takes it. */
export type PostPageView = PostView & { cover: ImageMetadata | undefined };

export const postRoute = entryRoute('post', {
  paths: (site) => pagePerEntry(postsWithPages(site.content), (post) => post.slug, 'slug', site.entries.posts),
  inputs: (post, site) => postInputs(post, site),
  // The cover comes from the entry; the card shows the post and its author, whom the inputs show.
  view: async (inputs, frame, entry): Promise<PostPageView> => {
    const cover = coverOf(entry);
    const sized = cover ? await sharedPhoto(cover) : undefined;
    const share = await loadShareOptions(sized ? undefined : await postPreviewCard(inputs.post));
    return { ...postPageView(inputs, frame, sized, share), cover };
  },
});

export type PostPageProps = EntryProps<Post, PostInputs, CollectionEntry<'posts'>>;

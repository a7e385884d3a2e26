// Build-time: the course map read from the content collections (lessons in their `order`, each
// with its practice question count and labs), so the sidebar and the home page's path list
// exactly the lessons that exist.
import { lessonsInOrder, questionsOf } from './lesson-data.ts';
import { labsOf } from '../lab/lab-data.ts';
import type { CourseLessonInfo } from './course-path.ts';

export async function courseLessons(): Promise<CourseLessonInfo[]> {
  const lessons = await lessonsInOrder();
  return Promise.all(
    lessons.map(async (l) => ({
      id: l.id,
      title: l.data.title,
      order: l.data.order,
      minutes: l.data.minutes,
      description: l.data.description,
      practiceCount: (await questionsOf(l.data.questionBank)).filter((q) => q.use.includes('practice')).length,
      labs: (await labsOf(l.id)).map((lab) => ({ id: lab.id, title: lab.title })),
      test: l.data.test !== false,
    })),
  );
}
